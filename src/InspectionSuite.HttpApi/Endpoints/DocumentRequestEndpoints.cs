using System.Globalization;
using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Endpoints;

/// <summary>
/// Document requests of a case (/api/cases/{id}/document-requests), the unit representative's work list
/// (/api/cases/my-unit) and implementation reports with attachments. Uploads are multipart with several "files".
/// </summary>
public static class DocumentRequestEndpoints
{
    public static IEndpointRouteBuilder MapDocumentRequestApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/cases").WithTags("Cases");

        g.MapGet("/my-unit", (IDocumentRequestAppService s, int? skip, int? take, CancellationToken ct) =>
                s.GetUnitWorkAsync(new GetUnitCaseWorkInput { SkipCount = skip ?? 0, MaxResultCount = take ?? 20 }, ct))
            .WithSummary("Cases of the caller's unit with document requests to answer or recommendations to report on, most urgent first (paged)")
            .RequireAuthorization(P.AnswerDocumentRequests);

        g.MapGet("/{id:guid}/document-requests", (Guid id, IDocumentRequestAppService s, CancellationToken ct) => s.GetListAsync(id, ct))
            .WithSummary("Document requests of the case with the unit's answers and their files").RequireAuthorization(P.Default);
        g.MapPost("/{id:guid}/document-requests", async (Guid id, CreateDocumentRequestDto input, IDocumentRequestAppService s, CancellationToken ct) =>
            {
                var dto = await s.CreateAsync(id, input, ct);
                return TypedResults.Created($"/api/cases/{id}/document-requests/{dto.Id}", dto);
            })
            .WithSummary("A team member asks the unit for documents (title, description, due date)").RequireAuthorization(P.DocumentRequests);
        g.MapPost("/{id:guid}/document-requests/{requestId:guid}/answers", AnswerAsync)
            .DisableAntiforgery() // API clients authenticate with a bearer token, not the cookie.
            .Accepts<DocumentRequestAnswerForm>("multipart/form-data")
            .Produces<DocumentRequestDto>()
            .WithSummary("The unit representative answers (multipart: note?, files*, concurrencyStamp); all files are stored or none")
            .RequireAuthorization(P.AnswerDocumentRequests);
        g.MapPost("/{id:guid}/document-requests/{requestId:guid}/accept", (Guid id, Guid requestId, AcceptDocumentRequestDto input, IDocumentRequestAppService s, CancellationToken ct) =>
                s.AcceptAsync(id, requestId, input, ct))
            .WithSummary("A team member accepts the unit's answer").RequireAuthorization(P.DocumentRequests);
        g.MapPost("/{id:guid}/document-requests/{requestId:guid}/return", (Guid id, Guid requestId, ReturnDocumentRequestDto input, IDocumentRequestAppService s, CancellationToken ct) =>
                s.ReturnAsync(id, requestId, input, ct))
            .WithSummary("A team member returns the unit's answer with a reason; the unit answers again").RequireAuthorization(P.DocumentRequests);

        g.MapPost("/{id:guid}/follow-up/reports/with-attachments", ReportWithAttachmentsAsync)
            .DisableAntiforgery()
            .Accepts<ImplementationReportForm>("multipart/form-data")
            .Produces<FollowUpDto>()
            .WithSummary("Implementation report with attachments (multipart: sanctionId, status, amountRecoveredVnd, note?, files*, concurrencyStamp)")
            .RequireAuthorization(P.Default);
        return app;
    }

    private static async Task<IResult> AnswerAsync(Guid id, Guid requestId, HttpRequest request, IDocumentRequestAppService s, EvidenceOptions options, CancellationToken ct)
    {
        var form = await CaseEndpoints.ReadUploadFormAsync(request, options, CaseConsts.MaxFilesPerSubmission, ct);
        var dto = await WithFilesAsync(form, files =>
            s.AnswerAsync(id, requestId, new AnswerDocumentRequestInput(Text(form, "note"), files, form["concurrencyStamp"].ToString()), ct));
        return TypedResults.Ok(dto);
    }

    private static async Task<IResult> ReportWithAttachmentsAsync(Guid id, HttpRequest request, IFollowUpAppService s, EvidenceOptions options, CancellationToken ct)
    {
        var form = await CaseEndpoints.ReadUploadFormAsync(request, options, CaseConsts.MaxFilesPerSubmission, ct);
        if (!Guid.TryParse(form["sanctionId"], out var sanctionId)) throw new InputValidationException("sanctionId", "Validation.Required");
        if (!Enum.TryParse<ImplementationStatus>(form["status"], true, out var status)) throw new InputValidationException("status", "Validation.Invalid");
        // Absent means nothing recovered; present but not a number (or beyond decimal) is refused, never read as 0.
        var amount = 0m;
        if (!string.IsNullOrWhiteSpace(form["amountRecoveredVnd"])
            && !decimal.TryParse(form["amountRecoveredVnd"], NumberStyles.Number, CultureInfo.InvariantCulture, out amount))
            throw new InputValidationException("amountRecoveredVnd", "Validation.MoneyRange");
        var dto = await WithFilesAsync(form, files =>
            s.ReportImplementationAsync(id, new ReportImplementationDto(sanctionId, status, amount, Text(form, "note"), form["concurrencyStamp"].ToString()), files, ct));
        return TypedResults.Ok(dto);
    }

    /// <summary>Opens every uploaded file for the duration of <paramref name="work"/>.</summary>
    private static async Task<T> WithFilesAsync<T>(IFormCollection form, Func<IReadOnlyList<FileUploadDto>, Task<T>> work)
    {
        var streams = new List<Stream>();
        try
        {
            var files = form.Files.Select(f =>
            {
                var stream = f.OpenReadStream();
                streams.Add(stream);
                return new FileUploadDto(CaseEndpoints.FileNameOf(f), f.ContentType ?? "", f.Length, stream);
            }).ToList();
            return await work(files);
        }
        finally
        {
            foreach (var stream in streams) await stream.DisposeAsync();
        }
    }

    /// <summary>The form of an answer (OpenAPI shape; the handler reads it itself, within the size limits).</summary>
    public sealed record DocumentRequestAnswerForm(string ConcurrencyStamp, IFormFileCollection? Files = null, string? Note = null);

    /// <summary>The form of an implementation report with attachments (OpenAPI shape).</summary>
    public sealed record ImplementationReportForm(Guid SanctionId, ImplementationStatus Status, string ConcurrencyStamp,
        decimal? AmountRecoveredVnd = null, string? Note = null, IFormFileCollection? Files = null);

    private static string? Text(IFormCollection form, string key) => form[key].ToString() is { Length: > 0 } text ? text : null;
}
