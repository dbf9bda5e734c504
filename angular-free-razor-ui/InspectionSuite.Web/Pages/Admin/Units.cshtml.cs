namespace InspectionSuite.Web.Pages.Admin;

[Authorize(InspectionSuitePermissions.Units.Default)]
// Its forms carry at most a CSV of CsvLimits.MaxBytes: a larger (or chunked) body is cut off while it is read.
[RequestSizeLimit(InspectionSuite.Csv.CsvLimits.MaxBytes + 64 * 1024)]
public sealed class UnitsModel(IUnitAppService units, IPermissionChecker permissions, InspectionSuiteLocalizer l, TimeProvider time) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public UnitKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedResultDto<UnitDto> Result { get; private set; } = new([], 0);
    public Pager Pager { get; private set; } = null!;
    public bool CanImport { get; private set; }
    /// <summary>May add, edit and retire units through the register form.</summary>
    public bool CanManage { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<UnitImportLineError> ImportErrors { get; private set; } = [];
    /// <summary>Errors of the import beyond those listed.</summary>
    public int MoreImportErrors { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [RequirePermission(InspectionSuitePermissions.Units.Import)]
    public async Task<IActionResult> OnPostImportAsync(IFormFile? csv, CancellationToken ct)
    {
        if (csv is null || csv.Length == 0)
            ImportErrors = [new UnitImportLineError(0, l["Units.NoFile"])];
        else if (csv.Length > InspectionSuite.Csv.CsvLimits.MaxBytes)
            ImportErrors = [new UnitImportLineError(0, l["Units.TooLarge"])];
        else if (!Path.GetExtension(csv.FileName).Equals(".csv", StringComparison.OrdinalIgnoreCase))
            ImportErrors = [new UnitImportLineError(0, l["Units.NotCsv"])];
        else if (await InspectionSuite.Csv.CsvLimits.ReadTextAsync(csv.OpenReadStream(), ct) is not { } text)
            ImportErrors = [new UnitImportLineError(0, l["Units.TooLarge"])];
        else
        {
            var result = await units.ImportCsvAsync(text, ct);
            if (result.Succeeded)
            {
                TempData["Success"] = l["Units.Imported", result.Created, result.Updated, result.DemoRowsRemoved];
                return RedirectToPage();
            }
            ImportErrors = result.Errors;
            MoreImportErrors = result.MoreErrors;
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanImport = await permissions.IsGrantedAsync(InspectionSuitePermissions.Units.Import, ct);
        CanManage = await permissions.IsGrantedAsync(InspectionSuitePermissions.Units.Manage, ct);
        Today = VietnamTime.Today(time);
        var page = Math.Max(1, PageNumber);
        Result = await units.GetListAsync(new GetUnitListInput { Filter = Q, Kind = Kind, Sorting = Sort, SkipCount = (page - 1) * PageSize, MaxResultCount = PageSize }, ct);
        Pager = new Pager(Request, page, PageSize, Result.TotalCount);
    }
}
