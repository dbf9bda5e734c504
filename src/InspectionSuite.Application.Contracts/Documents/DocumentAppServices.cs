namespace InspectionSuite.Documents;

/// <summary>A generated file: a safe ASCII file name, its content type and bytes.</summary>
public sealed record GeneratedFile(string FileName, string ContentType, byte[] Content)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string PdfContentType = "application/pdf";
}

/// <summary>Whether a document kind can be generated for a case now and, if not, which template fields lack data.</summary>
public sealed record CaseDocumentAvailabilityDto(DocumentKind Kind, string Slug, string Title, bool Available, IReadOnlyList<string> MissingFields)
{
    /// <summary>The register entry in force for this kind, when it was issued (downloads return its stored file).</summary>
    public IssuedDocumentDto? Issued { get; init; }

    /// <summary>For a biên bản, or a decision changing the team: which one (each has its document, <c>?minutesId=</c> names the biên bản or the team change); null for the other kinds.</summary>
    public Guid? MinutesId { get; init; }
}

/// <summary>Official .docx documents of a case, filled from the case's data through the replaceable templates.</summary>
public interface ICaseDocumentAppService
{
    /// <summary>The kinds that apply to the case's kind (thanh tra / kiểm tra), each with availability and missing fields.</summary>
    Task<IReadOnlyList<CaseDocumentAvailabilityDto>> GetAvailableAsync(Guid caseId, CancellationToken ct = default);

    /// <summary>
    /// The .docx of one kind. 404 for a case the caller may not see; a kind that does not apply to the case's kind is
    /// refused (Inspection:070006); missing data gives Inspection:070001 naming every missing field (nothing is generated).
    /// </summary>
    Task<GeneratedFile> GenerateAsync(Guid caseId, DocumentKind kind, CancellationToken ct = default);

    /// <summary>
    /// The same document as PDF, converted by LibreOffice from the .docx. Refused with Inspection:070008 when LibreOffice
    /// is not installed (the .docx stays available).
    /// </summary>
    Task<GeneratedFile> GeneratePdfAsync(Guid caseId, DocumentKind kind, CancellationToken ct = default);

    /// <summary>
    /// Issues the document (Documents.Issue): the register of the case's authority gives the next number of the year, the
    /// file is made with that number and today's date, stored with its SHA-256 (and its PDF when LibreOffice is there)
    /// and frozen: <see cref="GenerateAsync"/> then returns the stored file. A second issuing of the same kind is refused
    /// (Inspection:070009) unless it is a correction naming the entry in force (<paramref name="correctsId"/>), which
    /// becomes Superseded. Documents not issued are drafts marked "DỰ THẢO" and have no register number.
    /// </summary>
    Task<IssuedDocumentDto> IssueAsync(Guid caseId, DocumentKind kind, Guid? correctsId = null, CancellationToken ct = default);

    /// <summary>The same three for one biên bản of the case (<paramref name="minutesId"/>; null: the latest). Each biên bản
    /// is its own document, with its own register entry.</summary>
    Task<GeneratedFile> GenerateAsync(Guid caseId, DocumentKind kind, Guid? minutesId, CancellationToken ct);
    Task<GeneratedFile> GeneratePdfAsync(Guid caseId, DocumentKind kind, Guid? minutesId, CancellationToken ct);
    Task<IssuedDocumentDto> IssueAsync(Guid caseId, DocumentKind kind, Guid? minutesId, Guid? correctsId, CancellationToken ct);
}

/// <summary>
/// The annual plan document (Kế hoạch thanh tra năm / Kế hoạch kiểm tra năm) of an annual plan: read with
/// Planning.Default; issued (Documents.Issue) through the register of the plan's body with the symbol "KH-TTr" / "KH-SNV".
/// </summary>
public interface IAnnualPlanDocumentAppService
{
    /// <summary>The issued file (frozen) once issued; before that a draft marked "DỰ THẢO". <paramref name="asPdf"/>: the PDF (Inspection:070008 without LibreOffice).</summary>
    Task<GeneratedFile> GenerateAsync(Guid planId, bool asPdf, CancellationToken ct = default);

    /// <summary>The register entry in force for the plan, or null while it is not issued.</summary>
    Task<IssuedDocumentDto?> GetIssuedAsync(Guid planId, CancellationToken ct = default);

    /// <summary>
    /// Issues the plan's document: only an approved plan (Inspection:070012), once (Inspection:070009) unless a correction of
    /// the entry in force (<paramref name="correctsId"/>). The approver signs under the body's head position.
    /// </summary>
    Task<IssuedDocumentDto> IssueAsync(Guid planId, Guid? correctsId = null, CancellationToken ct = default);
}

public enum ExportKind
{
    /// <summary>Sổ theo dõi xử lý vi phạm và kiến nghị: one row per sanction or recommendation, amounts decided and recovered.</summary>
    SanctionsRegister,
    /// <summary>Completed cases per stratum over the units valid in the year, against the 20% minimum.</summary>
    CoverageByStratum,
    /// <summary>Cases past a deadline and sanctions past theirs.</summary>
    OverdueItems,
}

public enum ExportFormat { Xlsx, Csv }

/// <summary>Year = calendar year of the cases' decisions / conclusions (default: this year); Authority = one authority or both.</summary>
public sealed record ExportFilter(int? Year = null, AuthorityCode? Authority = null);

/// <summary>Registers and tables as .xlsx or .csv (UTF-8 with BOM) through the documents engine.</summary>
public interface IExportAppService
{
    Task<GeneratedFile> ExportAsync(ExportKind kind, ExportFormat format, ExportFilter filter, CancellationToken ct = default);
}

public enum ReportFormat { Docx, Xlsx }

/// <summary>One periodic report with its due date relative to today.</summary>
public sealed record DueReportDto(ReportPeriodKind Kind, int Year, string Label, DateOnly From, DateOnly To, DateOnly DueBefore, DateOnly LastDay,
    int DaysLeft, bool IsNext, bool IsPast);

/// <summary>The periodic report of the plan's implementation (Sở Nội vụ → Bộ Nội vụ), computed from the database.</summary>
public interface IPeriodicReportAppService
{
    /// <summary>The report as an official .docx or as an .xlsx workbook with the same figures.</summary>
    Task<GeneratedFile> GenerateAsync(AuthorityCode authority, ReportPeriodKind kind, int year, ReportFormat format, CancellationToken ct = default);

    /// <summary>This year's reports and the next one due, with days left (for the dashboard).</summary>
    Task<IReadOnlyList<DueReportDto>> GetDueReportsAsync(DateOnly? today = null, CancellationToken ct = default);
}
