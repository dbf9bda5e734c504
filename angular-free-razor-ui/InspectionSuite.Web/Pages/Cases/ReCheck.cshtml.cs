using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>
/// Handlers of the re-check forms shown on the case workspace (kept out of the workspace's page model). Success goes
/// back to the workspace; a failed post comes back through <see cref="FormErrorsAttribute"/> like the case page's: field
/// messages with what was typed (422), or the form as typed with why it lost a race (409).
/// </summary>
[Authorize(P.Default)]
[FormErrors]
public sealed class ReCheckModel(ICaseAppService cases, IFollowUpAppService followUp, IReCheckAppService reChecks, InspectionSuiteLocalizer l, TimeProvider time)
    : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Stamp { get; set; }
    [BindProperty] public OrderForm Order { get; set; } = new();
    [BindProperty] public ResultForm Result { get; set; } = new();

    public ReCheckPartial View { get; private set; } = null!;
    /// <summary>Why the last post lost a race to someone else's save (null when it did not).</summary>
    public string? Conflict { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(null, ct);

    [RequirePermission(P.FollowUp)]
    public async Task<IActionResult> OnPostOrderAsync(CancellationToken ct)
    {
        await reChecks.OrderAsync(Id, new OrderReCheckDto(Order.DecisionNumber ?? "", Order.DecidedOn ?? default, Order.Scope ?? "", Order.DueOn,
            Order.InspectorIds ?? [], Stamp ?? ""), ct);
        return Done(l["ReCheck.Ordered"]);
    }

    [RequirePermission(P.FollowUp)]
    public async Task<IActionResult> OnPostResultAsync(CancellationToken ct)
    {
        await reChecks.RecordResultAsync(Id, Result.ReCheckId, new RecordReCheckResultDto(Result.SanctionId, Result.Outcome ?? 0, Result.VerifiedRecoveredVnd,
            string.IsNullOrWhiteSpace(Result.Note) ? null : Result.Note.Trim(), Stamp ?? ""), ct);
        return Done(l["ReCheck.Recorded"]);
    }

    /// <summary>After a failed post: the failed form keeps what was typed; the rest is read again.</summary>
    public async Task RedisplayAsync(string form, string? conflict, CancellationToken ct)
    {
        Conflict = conflict;
        await LoadAsync(form, ct);
    }

    private RedirectResult Done(string message)
    {
        TempData["Success"] = message;
        return Redirect($"/Cases/Detail/{Id}#re-check");
    }

    private async Task LoadAsync(string? failedForm, CancellationToken ct)
    {
        var @case = await cases.GetAsync(Id, ct);
        View = new ReCheckPartial(@case, await followUp.GetAsync(Id, ct), CaseUi.Today(time),
            failedForm == nameof(Order) ? Order : null, failedForm == nameof(Result) ? Result : null);
    }

    public sealed class OrderForm
    {
        public string? DecisionNumber { get; set; }
        public DateOnly? DecidedOn { get; set; }
        public string? Scope { get; set; }
        public DateOnly? DueOn { get; set; }
        public List<Guid>? InspectorIds { get; set; }
    }

    public sealed class ResultForm
    {
        public Guid ReCheckId { get; set; }
        public Guid SanctionId { get; set; }
        public ReCheckOutcome? Outcome { get; set; }
        public decimal? VerifiedRecoveredVnd { get; set; }
        public string? Note { get; set; }
    }
}
