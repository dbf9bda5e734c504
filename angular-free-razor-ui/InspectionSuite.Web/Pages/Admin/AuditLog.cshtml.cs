using InspectionSuite.Auditing;

namespace InspectionSuite.Web.Pages.Admin;

[Authorize(InspectionSuitePermissions.Administration.AuditLog)]
public sealed class AuditLogModel(IAuditLogAppService audit, IPermissionChecker permissions) : PageModel
{
    public const int PageSize = 50;
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true, Name = "action")] public string? ActionFilter { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedResultDto<AuditLogDto> Result { get; private set; } = new([], 0);
    public Pager Pager { get; private set; } = null!;
    public bool CanVerify { get; private set; }
    public AuditVerificationDto? Verification { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    [RequirePermission(InspectionSuitePermissions.Administration.AuditVerify)]
    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        Verification = await audit.VerifyAsync(ct);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanVerify = await permissions.IsGrantedAsync(InspectionSuitePermissions.Administration.AuditVerify, ct);
        var page = Math.Max(1, PageNumber);
        Result = await audit.GetListAsync(new GetAuditLogInput { UserName = UserName, Action = ActionFilter, Kind = Kind, SkipCount = (page - 1) * PageSize, MaxResultCount = PageSize }, ct);
        Pager = new Pager(Request, page, PageSize, Result.TotalCount);
    }
}
