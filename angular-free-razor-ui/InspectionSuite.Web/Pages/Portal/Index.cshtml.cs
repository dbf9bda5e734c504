namespace InspectionSuite.Web.Pages.Portal;

/// <summary>
/// "Công khai kết luận" (/cong-khai): the agency's publication portal, open without signing in and read-only (no form, no
/// handler but GET). It shows the conclusions in their publication window and nothing else of their cases.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(IPublicationPortalAppService portal) : PageModel
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedResultDto<PublishedConclusionDto> Result { get; private set; } = new([], 0);
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = Math.Max(1, PageNumber);
        Result = await portal.GetPublishedAsync((page - 1) * PageSize, PageSize, ct);
        Pager = new Pager(Request, page, PageSize, Result.TotalCount);
    }
}
