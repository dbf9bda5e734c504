using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages;

/// <summary>"Đơn vị của tôi": the representative's cases with document requests to answer and recommendations to report on.</summary>
[Authorize(P.AnswerDocumentRequests)]
public sealed class MyUnitModel(IDocumentRequestAppService requests, TimeProvider time) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedResultDto<UnitCaseWorkDto> Result { get; private set; } = new([], 0);
    public Pager Pager { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = Math.Max(1, PageNumber);
        Today = CaseUi.Today(time);
        Result = await requests.GetUnitWorkAsync(new GetUnitCaseWorkInput { SkipCount = (page - 1) * PageSize, MaxResultCount = PageSize }, ct);
        Pager = new Pager(Request, page, PageSize, Result.TotalCount);
    }
}
