namespace InspectionSuite.Web.Pages.Supervision;

/// <summary>Supervisor: pick a case, appoint its team leader and members seeing each inspector's open-case load, reassign its open tasks.</summary>
[Authorize(InspectionSuitePermissions.Cases.Assign)]
public sealed class AssignModel(ICaseAppService cases, IOversightAppService oversight, IPermissionChecker permissions, InspectionSuiteLocalizer l) : PageModel
{
    public const int PageSize = 15;
    /// <summary>
    /// States in which the case aggregate accepts a team (InspectionCase.AssignTeam): before the decision is issued. After it
    /// the người ra quyết định changes the team by a decision (the case page's "Thay đổi thành viên Đoàn").
    /// </summary>
    public static readonly string[] TeamStates = [CaseStates.Planned];

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedResultDto<CaseListItemDto> List { get; private set; } = new([], 0);
    public Pager Pager { get; private set; } = null!;
    public CaseDto? Case { get; private set; }
    public IReadOnlyList<InspectorLoadDto> Inspectors { get; private set; } = [];
    public IReadOnlyList<CaseTaskDto> Tasks { get; private set; } = [];
    /// <summary>Per open task, who it may be handed to (the holders of its permission or its role; never the team for an appraisal).</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<TaskCandidateDto>> Candidates { get; private set; } = new Dictionary<Guid, IReadOnlyList<TaskCandidateDto>>();
    public bool CanReassign { get; private set; }
    /// <summary>Why the last reassignment was refused (localized), shown above the task list.</summary>
    public string? ReassignError { get; private set; }
    public bool CanAssignNow => Case is not null && TeamStates.Contains(Case.State);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostTeamAsync(Guid id, Guid leaderId, List<Guid>? memberIds, string concurrencyStamp, CancellationToken ct)
    {
        if (leaderId == Guid.Empty)
        {
            ModelState.AddModelError("leaderId", l["Ov.Assign.LeaderRequired"]);
            Id = id;
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var updated = await cases.AssignTeamAsync(id, new AssignTeamDto(leaderId, memberIds ?? [], concurrencyStamp), ct);
        TempData["Success"] = l["Ov.Assign.Saved", updated.Code, updated.Team.Count];
        return RedirectToPage(new { id });
    }

    [RequirePermission(InspectionSuitePermissions.Tasks.Reassign)]
    public async Task<IActionResult> OnPostReassignAsync(Guid id, Guid taskId, Guid? toUserId, string? toRole, CancellationToken ct)
    {
        CaseTaskDto task;
        try
        {
            task = await oversight.ReassignTaskAsync(taskId, new ReassignTaskDto(toUserId, string.IsNullOrWhiteSpace(toRole) ? null : toRole), ct);
        }
        catch (BusinessException e) when (e is not (EntityNotFoundException or ForbiddenException))
        {
            // e.g. a team member chosen to appraise the team's own draft: said on the page, the task unchanged.
            ReassignError = l.Error(e);
            Id = id;
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        TempData["Success"] = l["Ov.Tasks.Reassigned", task.Label, task.AssigneeName ?? task.AssigneeRole ?? ""];
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var page = Math.Max(1, PageNumber);
        List = await cases.GetListAsync(new GetCaseListInput { Filter = Q, State = string.IsNullOrWhiteSpace(State) ? null : State, SkipCount = (page - 1) * PageSize, MaxResultCount = PageSize }, ct);
        Pager = new Pager(Request, page, PageSize, List.TotalCount, List.TotalCountIsLowerBound);
        if (Id is not { } id) return;
        Case = await cases.GetAsync(id, ct);
        Inspectors = await oversight.GetInspectorLoadAsync(ct);
        CanReassign = await permissions.IsGrantedAsync(InspectionSuitePermissions.Tasks.Reassign, ct);
        if (!CanReassign) return;
        Tasks = await oversight.GetCaseTasksAsync(id, ct);
        var candidates = new Dictionary<Guid, IReadOnlyList<TaskCandidateDto>>();
        foreach (var t in Tasks) candidates[t.TaskId] = await oversight.GetTaskCandidatesAsync(t.TaskId, ct);
        Candidates = candidates;
    }
}
