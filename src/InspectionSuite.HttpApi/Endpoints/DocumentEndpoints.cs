using InspectionSuite.Documents;
using InspectionSuite.OpenApi;
using C = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;
using R = InspectionSuite.Permissions.InspectionSuitePermissions.Reports;
using Dc = InspectionSuite.Permissions.InspectionSuitePermissions.Documents;

namespace InspectionSuite.Endpoints;

/// <summary>
/// Official documents of a case (.docx), register exports (.xlsx/.csv) and the periodic report. The app services check
/// the precise permission and the case's visibility (404 for a case the caller may not see); missing template data is a
/// 400 ProblemDetails naming the fields. File names are generated (ASCII), never taken from user input.
/// </summary>
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Documents");
        cases.MapGet("/{id:guid}/documents", (Guid id, ICaseDocumentAppService s, CancellationToken ct) => s.GetAvailableAsync(id, ct))
            .WithSummary("Document kinds of the case, whether each can be generated now and which fields lack data").RequireAuthorization(C.Default);
        cases.MapGet("/{id:guid}/documents/{kind}", async (Guid id, string kind, string? format, Guid? minutesId, ICaseDocumentAppService s, CancellationToken ct) =>
            {
                if (!CaseDocumentFields.TryParseKind(kind, out var k)) return Results.NotFound();
                return format?.ToLowerInvariant() switch
                {
                    null or "" or "docx" => ToFile(await s.GenerateAsync(id, k, minutesId, ct)),
                    "pdf" => ToFile(await s.GeneratePdfAsync(id, k, minutesId, ct)),
                    _ => Results.NotFound(),
                };
            })
            .WithSummary("The .docx of one kind (e.g. inspection-decision, minutes, results-report); ?format=pdf for the PDF made by LibreOffice")
            .WithParameterValues("kind", (_, _) => Task.FromResult<IReadOnlyList<string>>(Enum.GetValues<DocumentKind>().Select(CaseDocumentFields.Slug).ToList()))
            .RequireAuthorization(C.Default);

        cases.MapPost("/{id:guid}/documents/{kind}/issue", async (Guid id, string kind, IssueDocumentRequest? body, ICaseDocumentAppService s, CancellationToken ct) =>
                CaseDocumentFields.TryParseKind(kind, out var k) ? Results.Ok(await s.IssueAsync(id, k, body?.MinutesId, body?.CorrectsId, ct)) : Results.NotFound())
            .WithSummary("Issue the document: the register's next number of the year, the file frozen with its SHA-256; correctsId issues a correction of the entry in force")
            .RequireAuthorization(Dc.Issue);

        var register = app.MapGroup("/api/documents/register").WithTags("Documents");
        register.MapGet("", (AuthorityCode authority, int year, int? page, IDocumentRegisterAppService s, CancellationToken ct) =>
                s.GetListAsync(new GetRegisterInput(authority, year, page ?? 1), ct))
            .WithSummary("Sổ đăng ký văn bản of one issuing body and year (?authority=ThanhTra&year=2026&page=1), newest number first").RequireAuthorization(Dc.Register);
        register.MapGet("/{id:guid}/file", async (Guid id, string? format, IDocumentRegisterAppService s, CancellationToken ct) =>
                format?.ToLowerInvariant() switch
                {
                    null or "" or "docx" => ToFile(await s.GetFileAsync(id, false, ct)),
                    "pdf" => ToFile(await s.GetFileAsync(id, true, ct)),
                    _ => Results.NotFound(),
                })
            .WithSummary("The issued file byte for byte (?format=pdf: the PDF made once from it and kept)").RequireAuthorization(Dc.Register);

        // The publication portal is open to everyone (công khai): only an issued conclusion inside its publication window.
        app.MapGet("/cong-khai/{id:guid}/ket-luan.pdf", async (Guid id, InspectionSuite.Cases.IPublicationPortalAppService s, CancellationToken ct) => ToFile(await s.GetConclusionPdfAsync(id, ct)))
            .WithTags("Documents").WithSummary("PDF of a published conclusion, from its frozen issued file (the id is its register entry's)").AllowAnonymous();

        app.MapGet("/api/exports/{kind}.{format}", async (string kind, string format, int? year, AuthorityCode? authority, IExportAppService s, CancellationToken ct) =>
            {
                if (!ExportAppService.TryParseKind(kind, out var k) || !Enum.TryParse<ExportFormat>(format, true, out var f) || !Enum.IsDefined(f)) return Results.NotFound();
                return ToFile(await s.ExportAsync(k, f, new ExportFilter(year, authority), ct));
            })
            .WithTags("Documents").WithSummary("sanctions-register | coverage-by-stratum | overdue-items as .xlsx or .csv").RequireAuthorization(R.Export);

        // The annual plan document (Kế hoạch thanh tra/kiểm tra năm): a draft until issued, then the file as issued.
        var plans = app.MapGroup("/api/plans").WithTags("Documents");
        plans.MapGet("/{id:guid}/document", async (Guid id, string? format, IAnnualPlanDocumentAppService s, CancellationToken ct) =>
                format?.ToLowerInvariant() switch
                {
                    null or "" or "docx" => ToFile(await s.GenerateAsync(id, false, ct)),
                    "pdf" => ToFile(await s.GenerateAsync(id, true, ct)),
                    _ => Results.NotFound(),
                })
            .WithSummary("Kế hoạch thanh tra/kiểm tra năm of the plan as .docx (?format=pdf): the issued file once issued, else a draft marked DỰ THẢO")
            .RequireAuthorization(InspectionSuite.Permissions.InspectionSuitePermissions.Planning.Default);
        plans.MapPost("/{id:guid}/document/issue", async (Guid id, IssueDocumentRequest? body, IAnnualPlanDocumentAppService s, CancellationToken ct) =>
                Results.Ok(await s.IssueAsync(id, body?.CorrectsId, ct)))
            .WithSummary("Issue the approved plan's document through the register of its body (KH-TTr / KH-SNV); correctsId issues a correction")
            .RequireAuthorization(Dc.Issue);

        var reports = app.MapGroup("/api/reports").WithTags("Documents");
        reports.MapGet("/periodic", async (AuthorityCode? authority, int? year, ReportPeriodKind? period, string? format, IPeriodicReportAppService s, TimeProvider time, CancellationToken ct) =>
            {
                var f = string.IsNullOrEmpty(format) ? ReportFormat.Docx : Enum.TryParse<ReportFormat>(format, true, out var parsed) && Enum.IsDefined(parsed) ? parsed : (ReportFormat?)null;
                if (f is null) return Results.BadRequest();
                return ToFile(await s.GenerateAsync(authority ?? AuthorityCode.NoiVu, period ?? ReportPeriodKind.SixMonths, year ?? time.GetUtcNow().Year, f.Value, ct));
            })
            .WithSummary("Periodic report of the plan's implementation (?authority=NoiVu&year=2026&period=SixMonths|Annual&format=docx|xlsx)").RequireAuthorization(R.Export);
        reports.MapGet("/due", (IPeriodicReportAppService s, CancellationToken ct) => s.GetDueReportsAsync(null, ct))
            .WithSummary("This year's periodic reports and the next one due, with days left").RequireAuthorization(R.Default);
        return app;
    }

    /// <summary>Body of an issuing: empty for a first issuing, the entry in force for a correction; which biên bản for minutes.</summary>
    public sealed record IssueDocumentRequest(Guid? CorrectsId, Guid? MinutesId = null);

    private static IResult ToFile(GeneratedFile file) => Results.File(file.Content, file.ContentType, file.FileName);
}
