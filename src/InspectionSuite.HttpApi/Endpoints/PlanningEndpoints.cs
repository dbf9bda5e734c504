using InspectionSuite.Planning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InspectionSuite.Endpoints;

/// <summary>REST endpoints of annual plans: /api/plans.</summary>
public static class PlanningEndpoints
{

    public static IEndpointRouteBuilder MapPlanningApi(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/plans").WithTags("Planning");
        const string read = InspectionSuitePermissions.Planning.Default;
        const string draw = InspectionSuitePermissions.Planning.Draw;
        const string approve = InspectionSuitePermissions.Planning.Approve;

        plans.MapGet("/", (IAnnualPlanAppService s, [AsParameters] PlanListQuery q, CancellationToken ct) =>
                s.GetListAsync(new GetAnnualPlanListInput { Year = q.Year, Authority = q.Authority, Status = q.Status, SkipCount = q.Skip ?? 0, MaxResultCount = q.Take ?? 20 }, ct))
            .RequireAuthorization(read);
        plans.MapPost("/", async (CreateAnnualPlanDto input, IAnnualPlanAppService s, CancellationToken ct) =>
            {
                var plan = await s.CreateAsync(input, ct);
                return TypedResults.Created($"/api/plans/{plan.Id}", plan);
            })
            .RequireAuthorization(draw);
        plans.MapGet("/{id:guid}", (Guid id, IAnnualPlanAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequireAuthorization(read);
        plans.MapGet("/{id:guid}/items", (Guid id, IAnnualPlanAppService s, [AsParameters] PlanItemQuery q, CancellationToken ct) =>
                s.GetItemsAsync(id, new GetPlanItemListInput { Stratum = q.Stratum, Reason = q.Reason, Selected = q.Selected, Filter = q.Filter, Sorting = q.Sorting, SkipCount = q.Skip ?? 0, MaxResultCount = q.Take ?? 50 }, ct))
            .RequireAuthorization(read);
        // Thanh tra tỉnh's hand-built list (issue 14): add an inspection (planned, or đột xuất also after approval), remove one (draft).
        plans.MapPost("/{id:guid}/items", async (Guid id, AddPlanListItemDto input, IAnnualPlanAppService s, CancellationToken ct) =>
            {
                var item = await s.AddListItemAsync(id, input, ct);
                return TypedResults.Created($"/api/plans/{id}/items/{item.Id}", item);
            })
            .RequireAuthorization(draw);
        plans.MapDelete("/{id:guid}/items/{itemId:guid}", (Guid id, Guid itemId, [FromQuery] string concurrencyStamp, IAnnualPlanAppService s, CancellationToken ct) =>
                s.RemoveListItemAsync(id, itemId, new PlanCommandDto(concurrencyStamp), ct))
            .RequireAuthorization(draw);
        plans.MapPost("/{id:guid}/draw", (Guid id, DrawPlanDto input, IAnnualPlanAppService s, CancellationToken ct) => s.DrawAsync(id, input, ct))
            .RequireAuthorization(draw);
        plans.MapPost("/{id:guid}/schedule", (Guid id, SchedulePlanItemDto input, IAnnualPlanAppService s, CancellationToken ct) => s.ScheduleItemAsync(id, input, ct))
            .RequireAuthorization(draw);
        plans.MapPost("/{id:guid}/adjustments", (Guid id, AddPlanAdjustmentDto input, IAnnualPlanAppService s, CancellationToken ct) => s.AddAdjustmentAsync(id, input, ct))
            .RequireAuthorization(draw);
        plans.MapDelete("/{id:guid}/adjustments/{adjustmentId:guid}", (Guid id, Guid adjustmentId, [FromQuery] string concurrencyStamp, IAnnualPlanAppService s, CancellationToken ct) =>
                s.RemoveAdjustmentAsync(id, adjustmentId, new PlanCommandDto(concurrencyStamp), ct))
            .RequireAuthorization(draw);
        plans.MapPost("/{id:guid}/state-audit", async Task<Results<Ok<StateAuditImportResultDto>, ProblemHttpResult>> (
                Guid id, [FromQuery] string concurrencyStamp, HttpRequest request, IAnnualPlanAppService s, InspectionSuiteLocalizer l, CancellationToken ct) =>
            {
                var result = await s.ImportStateAuditCsvAsync(id, await FoundationEndpoints.ReadCsvAsync(request, ct), concurrencyStamp, ct);
                return result.Succeeded ? TypedResults.Ok(result) : ApiProblems.InvalidLines(l, PlanningErrorCodes.StateAuditCsvInvalid, result.Errors, result.MoreErrors,
                        string.Join("; ", result.Errors.Take(3).Select(e => $"{e.Line}: {e.Reason}")));
            })
            .Accepts<string>("text/csv").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(draw);
        plans.MapPost("/{id:guid}/approve", (Guid id, PlanCommandDto input, IAnnualPlanAppService s, CancellationToken ct) => s.ApproveAsync(id, input, ct))
            .RequireAuthorization(approve);
        plans.MapPost("/{id:guid}/top-up", (Guid id, TopUpPlanDto input, IAnnualPlanAppService s, CancellationToken ct) => s.TopUpAsync(id, input, ct))
            .RequireAuthorization(draw);
        plans.MapPost("/{id:guid}/completions", (Guid id, MarkItemCompletedDto input, IAnnualPlanAppService s, CancellationToken ct) => s.MarkItemCompletedAsync(id, input, ct))
            .RequireAuthorization(draw);
        plans.MapPost("/{id:guid}/close", (Guid id, PlanCommandDto input, IAnnualPlanAppService s, CancellationToken ct) => s.CloseAsync(id, input, ct))
            .RequireAuthorization(approve);
        plans.MapGet("/{id:guid}/overlaps", (Guid id, IAnnualPlanAppService s, CancellationToken ct) => s.GetOverlapsAsync(id, ct))
            .RequireAuthorization(read);
        plans.MapGet("/{id:guid}/coverage", (Guid id, IAnnualPlanAppService s, CancellationToken ct) => s.GetCoverageAsync(id, ct))
            .RequireAuthorization(read);
        plans.MapGet("/{id:guid}/export", async (Guid id, [FromQuery] PlanExportFormat? format, IAnnualPlanAppService s, CancellationToken ct) =>
            {
                var file = await s.ExportAsync(id, format ?? PlanExportFormat.Xlsx, ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization(read);
        return app;
    }

    public sealed record PlanListQuery(int? Year, AuthorityCode? Authority, PlanStatus? Status, int? Skip, int? Take);
    public sealed record PlanItemQuery(Stratum? Stratum, string? Reason, bool? Selected, string? Filter, string? Sorting, int? Skip, int? Take);
}
