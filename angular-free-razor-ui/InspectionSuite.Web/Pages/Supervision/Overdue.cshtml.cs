using InspectionSuite.Oversight;
using InspectionSuite.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InspectionSuite.Web.Pages.Supervision;

/// <summary>Every open task past its due time, on any case, most overdue first.</summary>
[Authorize(InspectionSuitePermissions.Tasks.Reassign)]
public sealed class OverdueModel(IOversightAppService oversight) : PageModel
{
    public const int PageSize = 25;
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public PagedResultDto<OverdueItemDto> Result { get; private set; } = new([], 0);
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = Math.Max(1, PageNumber);
        Result = await oversight.GetOverdueBoardAsync(new GetOverdueBoardInput { SkipCount = (page - 1) * PageSize, MaxResultCount = PageSize }, ct);
        Pager = new Pager(Request, page, PageSize, Result.TotalCount);
    }
}
