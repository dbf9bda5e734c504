using InspectionSuite.OpenApi;
using InspectionSuite.Workflows.Persistence;
using InspectionSuite.Workflows.Services;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Endpoints;

/// <summary>
/// REST endpoints of inspection and check cases under /api/cases. Each endpoint names the least permission it needs;
/// the app services check the precise one and the case's visibility (404 for a case the caller may not see).
/// </summary>
public static class CaseEndpoints
{
    /// <summary>Request body limit of the upload endpoint: the evidence limit plus room for the multipart envelope.</summary>
    public const long MultipartOverheadBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapCaseApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/cases").WithTags("Cases");

        g.MapGet("/", (ICaseAppService s, [AsParameters] CaseListQuery q, CancellationToken ct) =>
                s.GetListAsync(new GetCaseListInput { Filter = q.Filter, State = q.State, Authority = q.Authority, UnitId = q.UnitId, Kind = q.Kind, SanctionType = q.SanctionType, SanctionStatus = q.SanctionStatus, ConcludedFrom = q.ConcludedFrom, ConcludedTo = q.ConcludedTo, Stratum = q.Stratum, SkipCount = q.Skip ?? 0, MaxResultCount = q.Take ?? 20, Sorting = q.Sorting }, ct))
            .WithSummary("Cases the caller may see (paged; filter by state, authority, unit, kind)").RequireAuthorization(P.Default);
        g.MapGet("/inbox", (ICaseAppService s, int? skip, int? take, CancellationToken ct) => s.GetInboxAsync(skip ?? 0, take ?? 20, ct))
            .WithSummary("Open workflow tasks of the current user").RequireAuthorization(P.Default);
        g.MapGet("/criteria", (IChecklistAppService s) => s.GetCatalogue())
            .WithSummary("Check criteria of the province's plan (Kế hoạch 534)").RequireAuthorization(P.Default);
        g.MapGet("/{id:guid}", (Guid id, ICaseAppService s, CancellationToken ct) => s.GetAsync(id, ct)).RequireAuthorization(P.Default);
        g.MapPost("/", async (CreateCaseDto input, ICaseAppService s, CancellationToken ct) =>
            {
                var dto = await s.CreateAsync(input, ct);
                return TypedResults.Created($"/api/cases/{dto.Id}", dto);
            }).RequireAuthorization(P.Create);
        g.MapPut("/{id:guid}", (Guid id, UpdateCaseDto input, ICaseAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct)).RequireAuthorization(P.Edit);

        g.MapPut("/{id:guid}/decision", (Guid id, RecordDecisionDto input, ICaseAppService s, CancellationToken ct) => s.RecordDecisionAsync(id, input, ct)).RequireAuthorization(P.Assign);
        g.MapPut("/{id:guid}/team", (Guid id, AssignTeamDto input, ICaseAppService s, CancellationToken ct) => s.AssignTeamAsync(id, input, ct)).RequireAuthorization(P.Assign);
        g.MapPut("/{id:guid}/work-plan", (Guid id, RecordWorkPlanDto input, ICaseAppService s, CancellationToken ct) => s.RecordWorkPlanAsync(id, input, ct)).RequireAuthorization(P.Edit);
        g.MapPut("/{id:guid}/work-plan/approval", (Guid id, ApproveWorkPlanDto input, ICaseAppService s, CancellationToken ct) => s.ApproveWorkPlanAsync(id, input, ct)).RequireAuthorization(P.Decide);
        g.MapPut("/{id:guid}/announcement", (Guid id, RecordAnnouncementDto input, ICaseAppService s, CancellationToken ct) => s.RecordAnnouncementAsync(id, input, ct)).RequireAuthorization(P.Edit);
        g.MapPut("/{id:guid}/on-site", (Guid id, SetOnSitePeriodDto input, ICaseAppService s, CancellationToken ct) => s.SetOnSitePeriodAsync(id, input, ct)).RequireAuthorization(P.Edit);
        g.MapPost("/{id:guid}/extensions", (Guid id, AddExtensionDto input, ICaseAppService s, CancellationToken ct) => s.AddExtensionAsync(id, input, ct)).RequireAuthorization(P.Decide);
        g.MapPost("/{id:guid}/suspensions", (Guid id, AddSuspensionDto input, ICaseAppService s, CancellationToken ct) => s.AddSuspensionAsync(id, input, ct)).RequireAuthorization(P.Decide);
        g.MapPost("/{id:guid}/minutes", (Guid id, AddMinutesDto input, ICaseAppService s, CancellationToken ct) => s.AddMinutesAsync(id, input, ct)).RequireAuthorization(P.Edit);
        g.MapPost("/{id:guid}/diary", (Guid id, AddDiaryEntryDto input, ICaseAppService s, CancellationToken ct) => s.AddDiaryEntryAsync(id, input, ct)).RequireAuthorization(P.Edit);
        g.MapPut("/{id:guid}/results-report", (Guid id, AttachResultsReportDto input, ICaseAppService s, CancellationToken ct) => s.AttachResultsReportAsync(id, input, ct)).RequireAuthorization(P.Edit);
        g.MapPut("/{id:guid}/draft-conclusion", (Guid id, RecordDraftConclusionDto input, ICaseAppService s, CancellationToken ct) => s.RecordDraftConclusionAsync(id, input, ct)).RequireAuthorization(P.DraftConclusion);
        g.MapPost("/{id:guid}/dissents", (Guid id, AddDissentDto input, ICaseAppService s, CancellationToken ct) => s.AddDissentAsync(id, input, ct)).RequireAuthorization(P.DraftConclusion);
        g.MapPut("/{id:guid}/appraisal", (Guid id, RecordAppraisalDto input, ICaseAppService s, CancellationToken ct) => s.RecordAppraisalAsync(id, input, ct)).RequireAuthorization(P.Appraise);
        g.MapPut("/{id:guid}/conclusion", (Guid id, RecordConclusionDto input, ICaseAppService s, CancellationToken ct) => s.RecordConclusionAsync(id, input, ct)).RequireAuthorization(P.Decide);
        g.MapPut("/{id:guid}/publication", (Guid id, RecordPublicationDto input, ICaseAppService s, CancellationToken ct) => s.RecordPublicationAsync(id, input, ct)).RequireAuthorization(P.Publish);

        g.MapGet("/{id:guid}/triggers", (Guid id, ICaseAppService s, CancellationToken ct) => s.GetTriggersAsync(id, ct))
            .WithSummary("Triggers of the current state and whether the caller may fire each now (and if not, why)").RequireAuthorization(P.Default);
        g.MapPost("/{id:guid}/triggers/{trigger}", (Guid id, string trigger, FireTriggerDto input, ICaseAppService s, CancellationToken ct) => s.FireAsync(id, trigger, input, ct))
            .WithSummary("Fires a trigger with the workflow version the caller saw (409 when stale)")
            .WithParameterValues("trigger", TriggerNamesAsync).RequireAuthorization(P.Default);
        g.MapGet("/{id:guid}/history", (Guid id, ICaseAppService s, CancellationToken ct) => s.GetHistoryAsync(id, ct)).RequireAuthorization(P.Default);
        g.MapGet("/{id:guid}/diagram", async (Guid id, ICaseAppService s, CancellationToken ct) => TypedResults.Text(await s.GetDiagramAsync(id, ct), "text/plain"))
            .WithSummary("Mermaid state diagram, current state highlighted").RequireAuthorization(P.Default);

        g.MapGet("/{id:guid}/checklist", (Guid id, IChecklistAppService s, CancellationToken ct) => s.GetListAsync(id, ct)).RequireAuthorization(P.Default);
        g.MapPost("/{id:guid}/checklist/catalogue", (Guid id, AddCatalogueCriteriaDto input, IChecklistAppService s, CancellationToken ct) => s.AddCatalogueCriteriaAsync(id, input, ct)).RequireAuthorization(P.RecordFindings);
        g.MapPost("/{id:guid}/checklist", (Guid id, AddChecklistItemDto input, IChecklistAppService s, CancellationToken ct) => s.AddItemAsync(id, input, ct)).RequireAuthorization(P.RecordFindings);
        g.MapPut("/{id:guid}/checklist/{itemId:guid}", (Guid id, Guid itemId, RecordChecklistResultDto input, IChecklistAppService s, CancellationToken ct) => s.RecordResultAsync(id, itemId, input, ct)).RequireAuthorization(P.RecordFindings);

        g.MapGet("/{id:guid}/findings", (Guid id, IFindingAppService s, CancellationToken ct) => s.GetListAsync(id, ct)).RequireAuthorization(P.Default);
        g.MapPost("/{id:guid}/findings", (Guid id, RecordFindingDto input, IFindingAppService s, CancellationToken ct) => s.RecordAsync(id, input, ct)).RequireAuthorization(P.RecordFindings);
        g.MapPost("/{id:guid}/findings/{findingId:guid}/confirm", (Guid id, Guid findingId, ConfirmFindingDto input, IFindingAppService s, CancellationToken ct) => s.ConfirmAsync(id, findingId, input, ct)).RequireAuthorization(P.RecordFindings);
        g.MapPost("/{id:guid}/findings/{findingId:guid}/reject", (Guid id, Guid findingId, RejectFindingDto input, IFindingAppService s, CancellationToken ct) => s.RejectAsync(id, findingId, input, ct)).RequireAuthorization(P.RecordFindings);

        g.MapGet("/{id:guid}/sanctions", (Guid id, ISanctionAppService s, CancellationToken ct) => s.GetListAsync(id, ct)).RequireAuthorization(P.Default);
        g.MapPost("/{id:guid}/sanctions", (Guid id, IssueSanctionDto input, ISanctionAppService s, CancellationToken ct) => s.IssueAsync(id, input, ct)).RequireAuthorization(P.Sanction);
        g.MapPost("/{id:guid}/sanctions/{sanctionId:guid}/carry-over", (Guid id, Guid sanctionId, CarryOverSanctionDto input, ISanctionAppService s, CancellationToken ct) => s.CarryOverAsync(id, sanctionId, input, ct)).RequireAuthorization(P.FollowUp);

        g.MapGet("/{id:guid}/follow-up", (Guid id, IFollowUpAppService s, CancellationToken ct) => s.GetAsync(id, ct)).RequireAuthorization(P.Default);
        g.MapPost("/{id:guid}/follow-up/reports", (Guid id, ReportImplementationDto input, IFollowUpAppService s, CancellationToken ct) => s.ReportImplementationAsync(id, input, ct)).RequireAuthorization(P.Default);
        g.MapPost("/{id:guid}/follow-up/sanctions/{sanctionId:guid}/confirm", (Guid id, Guid sanctionId, ConfirmImplementationDto input, IFollowUpAppService s, CancellationToken ct) => s.ConfirmImplementationAsync(id, sanctionId, input, ct))
            .WithSummary("The team confirms the unit's report that an item is done (Reported → Done); never the unit").RequireAuthorization(P.FollowUp);
        g.MapPost("/{id:guid}/follow-up/sanctions/{sanctionId:guid}/reject", (Guid id, Guid sanctionId, RejectImplementationDto input, IFollowUpAppService s, CancellationToken ct) => s.RejectImplementationAsync(id, sanctionId, input, ct))
            .WithSummary("The team rejects the unit's report that an item is done, with a reason (Reported → InProgress)").RequireAuthorization(P.FollowUp);
        g.MapGet("/{id:guid}/follow-up/re-checks", (Guid id, IReCheckAppService s, CancellationToken ct) => s.GetListAsync(id, ct))
            .WithSummary("Re-checks of the implementation with their results per sanction").RequireAuthorization(P.Default);
        g.MapPost("/{id:guid}/follow-up/re-checks", async (Guid id, OrderReCheckDto input, IReCheckAppService s, CancellationToken ct) =>
            {
                var dto = await s.OrderAsync(id, input, ct);
                return TypedResults.Created($"/api/cases/{id}/follow-up/re-checks/{dto.Id}", dto);
            })
            .WithSummary("Orders a re-check of the implementation (decision, scope, due date, inspectors)").RequireAuthorization(P.FollowUp);
        g.MapPost("/{id:guid}/follow-up/re-checks/{reCheckId:guid}/results", (Guid id, Guid reCheckId, RecordReCheckResultDto input, IReCheckAppService s, CancellationToken ct) => s.RecordResultAsync(id, reCheckId, input, ct))
            .WithSummary("Records a re-check result for one sanction: ConfirmedDone resolves it, NotDone (with a note) reopens it").RequireAuthorization(P.FollowUp);

        g.MapGet("/{id:guid}/evidence", (Guid id, IEvidenceAppService s, CancellationToken ct) => s.GetListAsync(id, ct)).RequireAuthorization(P.Default);
        g.MapPost("/{id:guid}/evidence", UploadEvidenceAsync)
            .DisableAntiforgery() // API clients authenticate with a bearer token, not the cookie.
            .Accepts<EvidenceUploadForm>("multipart/form-data")
            .Produces<EvidenceFileDto>(StatusCodes.Status201Created)
            .WithSummary("Uploads one evidence file (multipart: file, concurrencyStamp, effectiveDate?, description?)")
            .RequireAuthorization(P.Evidence);
        g.MapGet("/{id:guid}/evidence/{evidenceId:guid}", async (Guid id, Guid evidenceId, IEvidenceAppService s, CancellationToken ct) =>
            {
                var content = await s.OpenAsync(id, evidenceId, ct);
                // Always a download (never rendered inline), under the recorded display name.
                return TypedResults.File(content.Content, "application/octet-stream", content.FileName);
            }).RequireAuthorization(P.Default);
        app.MapCaseLawApi();
        app.MapCaseTeamApi();
        return app;
    }

    private static async Task<IResult> UploadEvidenceAsync(Guid id, HttpRequest request, IEvidenceAppService s, EvidenceOptions options, CancellationToken ct)
    {
        var form = await ReadUploadFormAsync(request, options, 1, ct);
        var file = form.Files.GetFile("file") ?? throw new InputValidationException("file", "Validation.Required");
        DateOnly? effective = DateOnly.TryParse(form["effectiveDate"], System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
        await using var stream = file.OpenReadStream();
        var dto = await s.UploadAsync(id, new UploadEvidenceInput(FileNameOf(file), file.ContentType ?? "", file.Length, stream, effective,
            form["description"].ToString() is { Length: > 0 } desc ? desc : null, form["concurrencyStamp"].ToString()), ct);
        return TypedResults.Created($"/api/cases/{id}/evidence/{dto.Id}", dto);
    }

    /// <summary>Reads a multipart form of at most <paramref name="maxFiles"/> evidence-sized files; a larger body is refused before it is read.</summary>
    internal static async Task<IFormCollection> ReadUploadFormAsync(HttpRequest request, EvidenceOptions options, int maxFiles, CancellationToken ct)
    {
        var limit = options.MaxBytes * maxFiles + MultipartOverheadBytes;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
        if (request.ContentLength is { } length && length > limit) throw new BusinessException(CaseErrorCodes.EvidenceTooLarge, options.MaxBytes);
        if (!request.HasFormContentType) throw new InputValidationException("file", "Validation.Required");
        return await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, ct);
    }

    /// <summary>The browser's file name may carry a path (old IE) or traversal; the app services refuse anything but a plain name.</summary>
    internal static string FileNameOf(IFormFile file)
    {
        var name = ContentDispositionHeaderValue.TryParse(file.ContentDisposition, out var cd) ? (cd.FileNameStar.Value ?? cd.FileName.Value ?? file.FileName) : file.FileName;
        return name?.Trim('"') ?? "";
    }

    /// <summary>Trigger names of the published workflow definitions (what {trigger} accepts).</summary>
    private static async Task<IReadOnlyList<string>> TriggerNamesAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var info in (await definitions.ListAsync(ct)).Where(d => d.Status == DefinitionStatus.Published))
            foreach (var transition in (await definitions.GetPublishedAsync(info.DefinitionId, info.Version, ct)).Model.Transitions)
                names.Add(transition.Trigger);
        return names.ToList();
    }

    /// <summary>The form the evidence upload reads (OpenAPI shape; the handler reads it itself, within the size limit).</summary>
    public sealed record EvidenceUploadForm(IFormFile File, string ConcurrencyStamp, DateOnly? EffectiveDate = null, string? Description = null);

    public sealed record CaseListQuery(string? Filter, string? State, AuthorityCode? Authority, Guid? UnitId, CaseKind? Kind, int? Skip, int? Take, string? Sorting,
        SanctionType? SanctionType = null, SanctionStatus? SanctionStatus = null, DateOnly? ConcludedFrom = null, DateOnly? ConcludedTo = null, Stratum? Stratum = null);
}
