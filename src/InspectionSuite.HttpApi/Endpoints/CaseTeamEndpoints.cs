using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Endpoints;

/// <summary>Changes of the team after the decision (quyết định thay đổi thành viên Đoàn), under /api/cases/{id}.</summary>
public static class CaseTeamEndpoints
{
    public static IEndpointRouteBuilder MapCaseTeamApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/cases").WithTags("Cases");
        g.MapPost("/{id:guid}/team-changes", (Guid id, ChangeTeamDto input, ICaseTeamAppService s, CancellationToken ct) => s.ChangeTeamAsync(id, input, ct))
            .WithSummary("Quyết định thay đổi thành viên Đoàn: the người ra quyết định adds, removes or replaces a member, or names a new Trưởng đoàn, after the decision")
            .RequireAuthorization(P.Decide);
        return app;
    }
}
