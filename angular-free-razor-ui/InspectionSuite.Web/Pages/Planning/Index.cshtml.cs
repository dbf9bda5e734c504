namespace InspectionSuite.Web.Pages.Planning;

[Authorize(InspectionSuitePermissions.Planning.Default)]
public sealed class IndexModel(IAnnualPlanAppService plans, IPermissionChecker permissions, InspectionSuiteLocalizer l, TimeProvider time) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public AuthorityCode? Authority { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedResultDto<AnnualPlanSummaryDto> Result { get; private set; } = new([], 0);
    public Pager Pager { get; private set; } = null!;
    public bool CanCreate { get; private set; }
    public int NextYear => time.GetLocalNow().Year + 1;
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    [RequirePermission(InspectionSuitePermissions.Planning.Draw)]
    public async Task<IActionResult> OnPostCreateAsync(AuthorityCode authority, int year, CancellationToken ct)
    {
        try
        {
            var plan = await plans.CreateAsync(new CreateAnnualPlanDto(authority, year), ct);
            return RedirectToPage("Plan", new { id = plan.Id });
        }
        catch (BusinessException ex)
        {
            Error = PlanPageErrors.Describe(l, ex);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanCreate = await permissions.IsGrantedAsync(InspectionSuitePermissions.Planning.Draw, ct);
        var page = Math.Max(1, PageNumber);
        Result = await plans.GetListAsync(new GetAnnualPlanListInput { Year = Year, Authority = Authority, SkipCount = (page - 1) * PageSize, MaxResultCount = PageSize }, ct);
        Pager = new Pager(Request, page, PageSize, Result.TotalCount);
    }
}
