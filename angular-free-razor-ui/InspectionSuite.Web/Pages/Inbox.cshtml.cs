using InspectionSuite.Inbox;
using Microsoft.AspNetCore.WebUtilities;

namespace InspectionSuite.Web.Pages;

/// <summary>
/// "Việc của tôi": open workflow tasks on the cases I may see, filtered by authority, case state, due (overdue, this week,
/// later) and unit, sorted by due date, case code or state, with a count per filter value. The filters are the query
/// string (a GET form), so a filtered inbox is a link to share and the back button returns to the previous filter.
/// The unit list holds the units with most tasks; any other is found by name or code: as the user types (wwwroot/js/inbox.js
/// and /api/inbox/units) or, without script, from the search field submitted with the form (<see cref="UnitSearch"/>).
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
    /// <summary>Part of a unit's name or code, from the search field submitted without script: the matching units are offered as links.</summary>
    [BindProperty(SupportsGet = true, Name = "unitSearch")] public string? UnitSearch { get; set; }

    public InboxPageDto Result { get; private set; } = new([], 0, [], [], [], [], 0);
    public Pager Pager { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public bool IsFiltered => Authority is not null || !string.IsNullOrEmpty(State) || !string.IsNullOrEmpty(Due) || UnitId is not null;
    /// <summary>The units found by <see cref="UnitSearch"/> (null: no search).</summary>
    public IReadOnlyList<InboxFacetDto>? UnitMatches { get; private set; }
    /// <summary>Why the search offers nothing (a localization key): no match, or a text too long.</summary>
    public string? UnitSearchMessage { get; private set; }
    /// <summary>The chosen unit as the facet lists it (its name, and its count under the other filters).</summary>
    public InboxFacetDto? ChosenUnit => UnitId is { } id ? Result.Units.FirstOrDefault(u => u.Value == id.ToString()) : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = Math.Max(1, PageNumber);
        Today = CaseUi.Today(time);
        // Unknown values from a hand-edited link are dropped rather than refused: the page shows the unfiltered inbox.
        if (Due is not null && !InboxDue.All.Contains(Due)) Due = null;
        if (Sort is not null && !InboxSorting.All.Contains(Sort)) Sort = null;
        var state = string.IsNullOrEmpty(State) ? null : State;
        Result = await inbox.GetAsync(new GetInboxInput
        {
            Authority = Authority, State = state, Due = Due, UnitId = UnitId, Sorting = Sort,
            SkipCount = (page - 1) * PageSize, MaxResultCount = PageSize,
        }, ct);
        Pager = new Pager(Request, page, PageSize, Result.TotalCount);

        if (!string.IsNullOrWhiteSpace(UnitSearch))
        {
            if (UnitSearch.Length > InboxUnitSearch.MaxFilterLength) UnitSearchMessage = "Validation.TooLong";
            else
            {
                UnitMatches = await inbox.FindUnitsAsync(new FindInboxUnitsInput
                {
                    Filter = UnitSearch, Authority = Authority, State = state, Due = Due, MaxResultCount = InboxUnitSearch.DefaultTake,
                }, ct);
                if (UnitMatches.Count == 0) UnitSearchMessage = "Inbox.UnitSearch.NoMatch";
            }
        }
    }

    /// <summary>This inbox with another unit chosen (none: the unit filter removed), from its first page, the search done.</summary>
    public string UnitUrl(string? unitId)
    {
        var query = QueryHelpers.ParseQuery(Request.QueryString.Value)
            .Where(q => q.Key is not ("unitId" or "unitSearch" or "p") && !string.IsNullOrEmpty(q.Value.ToString()))
            .ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        if (unitId is not null) query["unitId"] = unitId;
        return QueryHelpers.AddQueryString(Request.Path, query);
    }
}
