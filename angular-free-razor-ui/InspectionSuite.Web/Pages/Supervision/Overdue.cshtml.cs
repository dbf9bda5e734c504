namespace InspectionSuite.Web.Pages.Supervision;

/// <summary>Every open task past its due time, on any case, most overdue first; below, every other past-due item (<see cref="IOverdueBoardAppService"/>), filtered by kind.</summary>
[Authorize(InspectionSuitePermissions.Tasks.Reassign)]
public sealed class OverdueModel(IOversightAppService oversight, IOverdueBoardAppService board) : PageModel
{
    public const int PageSize = 25;
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public PagedResultDto<OverdueItemDto> Result { get; private set; } = new([], 0);
    public Pager Pager { get; private set; } = null!;
    [BindProperty(SupportsGet = true, Name = "op")] public int OtherPageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "kind")] public string? Kind { get; set; }
    public OverdueBoardPage Other { get; private set; } = new([], 0, new Dictionary<string, int>());
    public Pager OtherPager { get; private set; } = null!;
    public static readonly string[] Kinds = [OverdueKinds.Deadline, OverdueKinds.Sanction, OverdueKinds.Recommendation, OverdueKinds.UnitReport,
        OverdueKinds.RecommendationLetter, OverdueKinds.Direction, OverdueKinds.KpiReport,
        OverdueKinds.KpiResubmission, OverdueKinds.UnitPlan];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = Math.Max(1, PageNumber);
        Result = await oversight.GetOverdueBoardAsync(new GetOverdueBoardInput { SkipCount = (page - 1) * PageSize, MaxResultCount = PageSize }, ct);
        Pager = new Pager(Request, page, PageSize, Result.TotalCount);
        if (Kind is not null && !Kinds.Contains(Kind)) Kind = null;
        var otherPage = Math.Max(1, OtherPageNumber);
        Other = await board.GetEntriesAsync(new GetOverdueEntriesInput { Kind = Kind, SkipCount = (otherPage - 1) * PageSize, MaxResultCount = PageSize }, ct);
        OtherPager = new Pager(Request, otherPage, PageSize, Other.TotalCount, parameter: "op");
    }
}
