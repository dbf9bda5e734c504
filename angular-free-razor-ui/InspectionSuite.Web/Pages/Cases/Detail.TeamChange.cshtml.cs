using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>
/// Changes of the team after the decision (section Pages/Cases/Sections/_TeamChanges): the history for every reader of the
/// case, the form for the người ra quyết định (Cases.Decide) while the team works (Decided … Reporting).
/// </summary>
public sealed partial class DetailModel
{
    [BindProperty] public TeamChangeForm ChangeTeam { get; set; } = new();

    /// <summary>Inspectors the decision may add (loaded only when the form is offered).</summary>
    public IReadOnlyList<TeamChangeCandidateDto> TeamCandidates { get; private set; } = [];

    /// <summary>The người ra quyết định may change the team now (the decision is issued, the team still works).</summary>
    public bool CanChangeTeam => CanDecide && InState(InspectionCase.TeamChangeStates);

    private async Task LoadTeamChangeAsync(CancellationToken ct)
    {
        if (FailedForm is null) ChangeTeam.On ??= Today;
        if (!CanChangeTeam) return;
        TeamCandidates = await HttpContext.RequestServices.GetRequiredService<ICaseTeamAppService>().GetCandidatesAsync(ct);
    }

    [RequirePermission(P.Decide)]
    public async Task<IActionResult> OnPostChangeTeamAsync([FromServices] ICaseTeamAppService team, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        await team.ChangeTeamAsync(Id, new ChangeTeamDto(ChangeTeam.AddUserId, ChangeTeam.AsLeader, ChangeTeam.RemoveUserId, ChangeTeam.Reason ?? "",
            ChangeTeam.On, Stamp ?? "", ChangeTeam.AddUserIds, ChangeTeam.RemoveUserIds), ct);
        return Done(l["TeamChange.Saved"], "team-changes");
    }

    public sealed class TeamChangeForm
    {
        public Guid? AddUserId { get; set; }
        public bool AsLeader { get; set; }
        public Guid? RemoveUserId { get; set; }
        /// <summary>The form's lists: one decision may add and remove several people.</summary>
        public List<Guid> AddUserIds { get; set; } = [];
        public List<Guid> RemoveUserIds { get; set; } = [];
        public string? Reason { get; set; }
        public DateOnly? On { get; set; }
    }
}
