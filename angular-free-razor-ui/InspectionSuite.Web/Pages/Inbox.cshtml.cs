using InspectionSuite.Inbox;

namespace InspectionSuite.Web.Pages;

/// <summary>
/// "Việc của tôi": open workflow tasks on the cases I may see, filtered by authority, case state, due (overdue, this week,
/// later) and unit, sorted by due date, case code or state, with a count per filter value. The filters are the query
/// string (a GET form), so a filtered inbox is a link to share and the back button returns to the previous filter.
/// </summary>
[Authorize(InspectionSuitePermissions.Tasks.Default)]
public sealed class InboxModel(IInboxAppService inbox, TimeProvider time) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "authority")] public AuthorityCode? Authority { get; set; }
    [BindProperty(SupportsGet = true, Name = "state")] public string? State { get; set; }
    [BindProperty(SupportsGet = true, Name = "due")] public string? Due { get; set; }
    [BindProperty(SupportsGet = true, Name = "unitId")] public Guid? UnitId { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }

    public InboxPageDto Result { get; private set; } = new([], 0, [], [], [], []);
    public Pager Pager { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public bool IsFiltered => Authority is not null || !string.IsNullOrEmpty(State) || !string.IsNullOrEmpty(Due) || UnitId is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = Math.Max(1, PageNumber);
        Today = CaseUi.Today(time);
        // Unknown values from a hand-edited link are dropped rather than refused: the page shows the unfiltered inbox.
        if (Due is not null && !InboxDue.All.Contains(Due)) Due = null;
        if (Sort is not null && !InboxSorting.All.Contains(Sort)) Sort = null;
        Result = await inbox.GetAsync(new GetInboxInput
        {
            Authority = Authority, State = string.IsNullOrEmpty(State) ? null : State, Due = Due, UnitId = UnitId, Sorting = Sort,
            SkipCount = (page - 1) * PageSize, MaxResultCount = PageSize,
        }, ct);
        Pager = new Pager(Request, page, PageSize, Result.TotalCount);
    }
}
