using InspectionSuite.Application.Documents;
using InspectionSuite.Application.Documents.Cases;
using InspectionSuite.Application.Documents.Reports;
using InspectionSuite.OpenApi;
using InspectionSuite.Organization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using C = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;
using R = InspectionSuite.Permissions.InspectionSuitePermissions.Reports;

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
        cases.MapGet("/{id:guid}/documents/{kind}", async (Guid id, string kind, string? format, ICaseDocumentAppService s, CancellationToken ct) =>
            {
                if (!CaseDocumentFields.TryParseKind(kind, out var k)) return Results.NotFound();
                return format?.ToLowerInvariant() switch
                {
                    null or "" or "docx" => ToFile(await s.GenerateAsync(id, k, ct)),
                    "pdf" => ToFile(await s.GeneratePdfAsync(id, k, ct)),
                    _ => Results.NotFound(),
                };
            })
            .WithSummary("The .docx of one kind (e.g. inspection-decision, minutes, results-report); ?format=pdf for the PDF made by LibreOffice")
            .WithParameterValues("kind", (_, _) => Task.FromResult<IReadOnlyList<string>>(Enum.GetValues<DocumentKind>().Select(CaseDocumentFields.Slug).ToList()))
            .RequireAuthorization(C.Default);

        app.MapGet("/api/exports/{kind}.{format}", async (string kind, string format, int? year, AuthorityCode? authority, IExportAppService s, CancellationToken ct) =>
            {
                if (!ExportAppService.TryParseKind(kind, out var k) || !Enum.TryParse<ExportFormat>(format, true, out var f) || !Enum.IsDefined(f)) return Results.NotFound();
                return ToFile(await s.ExportAsync(k, f, new ExportFilter(year, authority), ct));
            })
            .WithTags("Documents").WithSummary("sanctions-register | coverage-by-stratum | overdue-items as .xlsx or .csv").RequireAuthorization(R.Export);

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

    private static IResult ToFile(GeneratedFile file) => Results.File(file.Content, file.ContentType, file.FileName);
}
