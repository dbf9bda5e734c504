using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Endpoints;

/// <summary>
/// The Thanh tra records of Luật Thanh tra 84/2025/QH15 under /api/cases/{id}: continuation after a suspension, members'
/// reports, the unit's explanation, the văn bản kiến nghị (Điều 52) and the Chủ tịch UBND tỉnh's direction (Điều 53).
/// </summary>
public static class CaseLawEndpoints
{
    public static IEndpointRouteBuilder MapCaseLawApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/cases").WithTags("Cases");
        g.MapPost("/{id:guid}/suspensions/continuation", (Guid id, ContinueSuspensionDto input, ICaseLawAppService s, CancellationToken ct) => s.ContinueAfterSuspensionAsync(id, input, ct))
            .WithSummary("Tiếp tục: the continuation record ending the open suspension (a decision of the người ra quyết định)").RequireAuthorization(P.Decide);
        g.MapPost("/{id:guid}/extension-request", (Guid id, RequestExtensionDto input, ICaseLawAppService s, CancellationToken ct) => s.RequestExtensionAsync(id, input, ct))
            .WithSummary("Đề nghị gia hạn: the team asks; opens Leadership's \"Gia hạn\" task (workflow v3)").RequireAuthorization(P.Edit);
        g.MapPost("/{id:guid}/extension-request/refusal", (Guid id, RefuseExtensionDto input, ICaseLawAppService s, CancellationToken ct) => s.RefuseExtensionAsync(id, input, ct))
            .WithSummary("Leadership refuses the team's request for an extension").RequireAuthorization(P.Decide);
        g.MapPost("/{id:guid}/member-reports", (Guid id, AddMemberReportDto input, ICaseLawAppService s, CancellationToken ct) => s.AddMemberReportAsync(id, input, ct))
            .WithSummary("A member's report to the Trưởng đoàn (before the results report)").RequireAuthorization(P.Edit);
        g.MapPost("/{id:guid}/explanations", (Guid id, RecordExplanationDto input, ICaseLawAppService s, CancellationToken ct) => s.RecordExplanationAsync(id, input, ct))
            .WithSummary("The unit's explanation (giải trình) on the draft conclusion").RequireAuthorization(P.RecordExplanation);
        g.MapPut("/{id:guid}/recommendation-letter", (Guid id, RecordOfficialLetterDto input, ICaseLawAppService s, CancellationToken ct) => s.RecordRecommendationLetterAsync(id, input, ct))
            .WithSummary("Văn bản kiến nghị of the head of the inspectorate (Điều 52)").RequireAuthorization(P.Decide);
        g.MapPut("/{id:guid}/direction", (Guid id, RecordOfficialLetterDto input, ICaseLawAppService s, CancellationToken ct) => s.RecordDirectionAsync(id, input, ct))
            .WithSummary("The Chủ tịch UBND tỉnh's direction (Điều 53)").RequireAuthorization(P.FollowUp);
        return app;
    }
}
