using InspectionSuite.Home;

namespace InspectionSuite.Web.Pages;

[Authorize(InspectionSuitePermissions.Dashboard.Default)]
public sealed class IndexModel(IRepository<Unit> units, IPermissionChecker permissions, InspectionSuite.Documents.IPeriodicReportAppService reports,
    ICaseAppService cases, IDocumentRequestAppService requests, IHomeAppService home, TimeProvider time) : PageModel
{
    /// <summary>How many rows each home list shows; the full lists are one click away.</summary>
    public const int HomeListSize = 5;

    /// <summary>
    /// The caller's open tasks, due soonest first: an inspector's, a supervisor's, and whatever waits for Leadership
    /// (decisions, signatures) when the role's tasks are granted: the home reads the inbox, whoever it belongs to.
    /// </summary>
    public PagedResultDto<InboxItemDto>? Tasks { get; private set; }
    /// <summary>The newest cases the caller sees (an inspector's own, a supervisor's all).</summary>
    public IReadOnlyList<CaseListItemDto> RecentCases { get; private set; } = [];
    /// <summary>A unit representative's requests to answer and recommendations to report on, most urgent first.</summary>
    public PagedResultDto<UnitCaseWorkDto>? UnitWork { get; private set; }
    public DateOnly Today { get; private set; }
    /// <summary>Inspectors and unit representatives start from their work list.</summary>
    public bool ShowInbox { get; private set; }

    /// <summary>The periodic reports to the Ministry that are still ahead (for users who see reports).</summary>
    public IReadOnlyList<InspectionSuite.Documents.DueReportDto> DueReports { get; private set; } = [];

    /// <summary>Overdue, unassigned, coverage toward 20% and team load (who may reassign tasks and assign teams).</summary>
    public SupervisorHomeDto? Supervisor { get; private set; }
    /// <summary>How this year's sanctions stand (who decides and signs).</summary>
    public LeaderHomeDto? Leader { get; private set; }
    /// <summary>Accounts and the audit chain (who administers users).</summary>
    public AdminHomeDto? Admin { get; private set; }

    public int Departments { get; private set; }
    public int Locals { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        ShowInbox = await permissions.IsGrantedAsync(InspectionSuitePermissions.Tasks.Default, ct);
        Today = InspectionSuite.Web.Pages.Cases.CaseUi.Today(time);
        if (ShowInbox) Tasks = await cases.GetInboxAsync(0, HomeListSize, ct);
        // A unit's representative answers for a unit; an overseer who may also answer (admin) sees every case instead.
        if (await permissions.IsGrantedAsync(InspectionSuitePermissions.Cases.AnswerDocumentRequests, ct)
            && !await permissions.IsGrantedAsync(InspectionSuitePermissions.Cases.ViewAll, ct))
            UnitWork = await requests.GetUnitWorkAsync(new GetUnitCaseWorkInput { MaxResultCount = HomeListSize }, ct);
        else if (await permissions.IsGrantedAsync(InspectionSuitePermissions.Cases.Default, ct))
            RecentCases = (await cases.GetListAsync(new GetCaseListInput { MaxResultCount = HomeListSize }, ct)).Items;
        // Each block by its own permission: a user with several roles sees each of their blocks.
        if (await permissions.IsGrantedAsync(InspectionSuitePermissions.Tasks.Reassign, ct) && await permissions.IsGrantedAsync(InspectionSuitePermissions.Cases.Assign, ct))
            Supervisor = await home.GetSupervisorAsync(ct);
        if (await permissions.IsGrantedAsync(InspectionSuitePermissions.Cases.Decide, ct))
            Leader = await home.GetLeaderAsync(ct);
        if (await permissions.IsGrantedAsync(InspectionSuitePermissions.Administration.Users, ct))
            Admin = await home.GetAdminAsync(ct);
        Departments = await units.CountAsync(units.Query().Where(u => u.Kind == UnitKind.Department), ct);
        Locals = await units.CountAsync(units.Query().Where(u => u.Kind != UnitKind.Department), ct);
        if (await permissions.IsGrantedAsync(InspectionSuitePermissions.Reports.Default, ct))
            DueReports = (await reports.GetDueReportsAsync(null, ct)).Where(r => !r.IsPast).Take(2).ToList();
    }
}
