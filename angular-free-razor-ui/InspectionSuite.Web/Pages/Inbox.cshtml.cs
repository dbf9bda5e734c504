using InspectionSuite.Cases;
using InspectionSuite.Permissions;
using InspectionSuite.Web.Pages.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InspectionSuite.Web.Pages;

/// <summary>"Việc của tôi": open workflow tasks on the cases I may see, due soonest first.</summary>
[Authorize(InspectionSuitePermissions.Tasks.Default)]
public sealed class InboxModel(ICaseAppService cases, TimeProvider time) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedResultDto<InboxItemDto> Result { get; private set; } = new([], 0);
    public Pager Pager { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = Math.Max(1, PageNumber);
        Today = CaseUi.Today(time);
        Result = await cases.GetInboxAsync((page - 1) * PageSize, PageSize, ct);
        Pager = new Pager(Request, page, PageSize, Result.TotalCount, Result.TotalCountIsLowerBound);
    }
}
