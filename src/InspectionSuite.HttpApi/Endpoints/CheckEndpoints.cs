using InspectionSuite.Cases.Workflow;
using P = InspectionSuite.Permissions.InspectionSuitePermissions;

namespace InspectionSuite.Endpoints;

/// <summary>
/// Sở Nội vụ's check procedure (noi-vu.check v2, issue 15) under /api/cases/{id}/check, and the upgrade of running v1
/// checks. The app services check the precise permission, the case's visibility and (self-assessment) the caller's unit.
/// </summary>
public static class CheckEndpoints
{
    public static IEndpointRouteBuilder MapCheckApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/cases/{id:guid}/check").WithTags("Checks");
        g.MapGet("/", (Guid id, ICheckAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("Unannounced or not, members from other agencies, the unit's self-assessment, the outcomes").RequireAuthorization(P.Cases.Default);
        g.MapPut("/unannounced", (Guid id, SetUnannouncedDto input, ICheckAppService s, CancellationToken ct) => s.SetUnannouncedAsync(id, input, ct))
            .WithSummary("Kiểm tra đột xuất (seed II.6.c): set before the decision").RequireAuthorization(P.Cases.Assign);
        g.MapPost("/external-members", (Guid id, AddExternalMemberDto input, ICheckAppService s, CancellationToken ct) => s.AddExternalMemberAsync(id, input, ct))
            .WithSummary("A team member from another agency (name, position, agency)").RequireAuthorization(P.Cases.Assign);
        g.MapDelete("/external-members/{memberId:guid}", (Guid id, Guid memberId, string? concurrencyStamp, ICheckAppService s, CancellationToken ct) => s.RemoveExternalMemberAsync(id, memberId, concurrencyStamp, ct))
            .RequireAuthorization(P.Cases.Assign);
        g.MapPut("/self-assessment", (Guid id, SubmitSelfAssessmentDto input, ICheckAppService s, CancellationToken ct) => s.SubmitSelfAssessmentAsync(id, input, ct))
            .WithSummary("The unit's self-assessment with a value per KH534 criterion (its own representative)").RequireAuthorization(P.Cases.ReportImplementation);
        g.MapPost("/outcomes", (Guid id, RecordCheckOutcomeDto input, ICheckAppService s, CancellationToken ct) => s.RecordOutcomeAsync(id, input, ct))
            .WithSummary("Kiến nghị chấn chỉnh / xử lý trách nhiệm, answering a finding or a criterion").RequireAuthorization(P.Cases.Conclude);

        app.MapPost("/api/workflows/noi-vu.check/upgrade", (bool? dryRun, CaseWorkflowMigrator migrator, CancellationToken ct)
                => migrator.UpgradeRunningAsync(CaseWorkflowMigrations.NoiVuCheckV1ToV2, dryRun ?? true, ct))
            .WithTags("Checks").WithSummary("Moves running v1 checks to v2 (dry run unless dryRun=false)").RequireAuthorization(P.Workflows.Alter);
        return app;
    }
}
