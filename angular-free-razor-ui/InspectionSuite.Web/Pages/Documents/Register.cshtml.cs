namespace InspectionSuite.Web.Pages.Documents;

/// <summary>Sổ đăng ký văn bản of one issuing body and year (the văn thư's view), with the files as issued.</summary>
[Authorize(InspectionSuitePermissions.Documents.Register)]
public sealed class RegisterModel(IDocumentRegisterAppService register, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public AuthorityCode Authority { get; set; } = AuthorityCode.ThanhTra;
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public int SelectedYear { get; private set; }
    public PagedResultDto<IssuedDocumentDto> Result { get; private set; } = new([], 0);
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        SelectedYear = Year is >= 2000 and <= 2100 ? Year.Value : VietnamTime.Today(time).Year;
        if (!Enum.IsDefined(Authority)) Authority = AuthorityCode.ThanhTra;
        Result = await register.GetListAsync(new GetRegisterInput(Authority, SelectedYear, PageNumber), ct);
        Pager = new Pager(Request, PageNumber, DocumentRegisterConsts.PageSize, Result.TotalCount);
    }

    public static string FileUrl(IssuedDocumentDto d, string format) => $"/api/documents/register/{d.Id}/file?format={format}";
}
