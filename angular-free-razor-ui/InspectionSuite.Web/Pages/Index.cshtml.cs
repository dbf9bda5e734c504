using InspectionSuite.Organization;
using InspectionSuite.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InspectionSuite.Web.Pages;

[Authorize(InspectionSuitePermissions.Dashboard.Default)]
public sealed class IndexModel(IRepository<Unit> units, IPermissionChecker permissions, InspectionSuite.Application.Documents.IPeriodicReportAppService reports,
    InspectionSuite.Cases.ICaseAppService cases) : PageModel
{
    /// <summary>Inspectors and unit representatives start from their work list.</summary>
    public bool ShowInbox { get; private set; }

    /// <summary>The periodic reports to the Ministry that are still ahead (for users who see reports).</summary>
    public IReadOnlyList<InspectionSuite.Application.Documents.DueReportDto> DueReports { get; private set; } = [];

    /// <summary>The first tasks of the user's inbox, due soonest first (leadership's "Ký kết luận" among them).</summary>
    public IReadOnlyList<InspectionSuite.Cases.InboxItemDto> Tasks { get; private set; } = [];
    public const int HomeTaskCount = 5;

    public int Departments { get; private set; }
    public int Locals { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        ShowInbox = await permissions.IsGrantedAsync(InspectionSuitePermissions.Tasks.Default, ct);
        if (ShowInbox) Tasks = (await cases.GetInboxAsync(0, HomeTaskCount, ct)).Items;
        Departments = await units.CountAsync(units.Query().Where(u => u.Kind == UnitKind.Department), ct);
        Locals = await units.CountAsync(units.Query().Where(u => u.Kind != UnitKind.Department), ct);
        if (await permissions.IsGrantedAsync(InspectionSuitePermissions.Reports.Default, ct))
            DueReports = (await reports.GetDueReportsAsync(null, ct)).Where(r => !r.IsPast).Take(2).ToList();
    }
}
