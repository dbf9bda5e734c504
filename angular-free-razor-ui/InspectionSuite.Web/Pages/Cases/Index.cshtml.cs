namespace InspectionSuite.Web.Pages.Cases;

/// <summary>The cases the user may see (the app service applies visibility), paged, sorted and filtered on the server.</summary>
[Authorize(InspectionSuitePermissions.Cases.Default)]
public sealed class IndexModel(ICaseAppService cases, IUnitAppService units, IPermissionChecker permissions) : PageModel
{
    public const int PageSize = 20;
    public static readonly string[] Sorts = ["creationtime desc", "creationtime", "code", "code desc", "subject", "subject desc", "state", "onsitestart", "onsitestart desc"];

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public AuthorityCode? Authority { get; set; }
    [BindProperty(SupportsGet = true)] public CaseKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    // Drill-down filters used by the sanction outcomes dashboard.
    [BindProperty(SupportsGet = true)] public SanctionType? SanctionType { get; set; }
    [BindProperty(SupportsGet = true)] public SanctionStatus? SanctionStatus { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? ConcludedFrom { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? ConcludedTo { get; set; }
    [BindProperty(SupportsGet = true)] public Stratum? Stratum { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedResultDto<CaseListItemDto> Result { get; private set; } = new([], 0);
    public Pager Pager { get; private set; } = null!;
    public bool CanFilterUnit { get; private set; }
    public bool CanCreate { get; private set; }
    /// <summary>Several units match the unit text: the user picks one.</summary>
    public IReadOnlyList<UnitDto> UnitChoices { get; private set; } = [];
    public UnitDto? SelectedUnit { get; private set; }
    public bool UnitNotFound { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = Math.Max(1, PageNumber);
        Pager = new Pager(Request, page, PageSize, 0);
        CanFilterUnit = await permissions.IsGrantedAsync(InspectionSuitePermissions.Units.Default, ct);
        CanCreate = await permissions.IsGrantedAsync(InspectionSuitePermissions.Cases.Create, ct);
        Guid? unitId = null;
        // Dashboard links name the unit by id in the unit parameter.
        if (UnitId is null && Guid.TryParse(Unit, out var unitFromLink)) UnitId = unitFromLink;
        if (CanFilterUnit && UnitId is { } chosen)
        {
            SelectedUnit = await units.GetAsync(chosen, ct);
            unitId = chosen;
        }
        else if (CanFilterUnit && !string.IsNullOrWhiteSpace(Unit))
        {
            var matches = await units.GetListAsync(new GetUnitListInput { Filter = Unit.Trim(), Sorting = "code", MaxResultCount = 20 }, ct);
            var exact = matches.Items.FirstOrDefault(u => string.Equals(u.Code, Unit.Trim(), StringComparison.OrdinalIgnoreCase));
            if (exact is not null || matches.Items.Count == 1) SelectedUnit = exact ?? matches.Items[0];
            else if (matches.Items.Count == 0) { UnitNotFound = true; return; }
            else { UnitChoices = matches.Items; return; }
            unitId = SelectedUnit.Id;
        }
        var sort = Sorts.Contains(Sort?.Trim().ToLowerInvariant()) ? Sort!.Trim().ToLowerInvariant() : null;
        Result = await cases.GetListAsync(new GetCaseListInput
        {
            Filter = Q, State = string.IsNullOrWhiteSpace(State) ? null : State, Authority = Authority, Kind = Kind, UnitId = unitId,
            SanctionType = SanctionType, SanctionStatus = SanctionStatus, ConcludedFrom = ConcludedFrom, ConcludedTo = ConcludedTo, Stratum = Stratum,
            Sorting = sort, SkipCount = (page - 1) * PageSize, MaxResultCount = PageSize,
        }, ct);
        Pager = new Pager(Request, page, PageSize, Result.TotalCount, Result.TotalCountIsLowerBound);
    }

    /// <summary>The link of a sortable column header: ascending first, then descending; other filters kept, paging reset.</summary>
    public string SortUrl(string column)
    {
        var current = Sort?.Trim().ToLowerInvariant();
        var next = current == column ? column + " desc" : column;
        var query = Request.Query.Where(q => q.Key is not ("sort" or "p")).ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        query["sort"] = next;
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Request.Path, query);
    }

    public string? AriaSort(string column) => Sort?.Trim().ToLowerInvariant() switch
    {
        var s when s == column => "ascending",
        var s when s == column + " desc" => "descending",
        _ => null,
    };
}
