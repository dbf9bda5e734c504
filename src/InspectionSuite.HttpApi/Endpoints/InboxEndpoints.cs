using InspectionSuite.Inbox;
using T = InspectionSuite.Permissions.InspectionSuitePermissions.Tasks;

namespace InspectionSuite.Endpoints;

/// <summary>The caller's inbox with the page's filters: the same query string as /Inbox (docs/team-work.md, "Inbox filters").</summary>
public static class InboxEndpoints
{
    public static IEndpointRouteBuilder MapInboxApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/inbox", (IInboxAppService s, [AsParameters] InboxQuery q, CancellationToken ct) =>
                s.GetAsync(new GetInboxInput { Authority = q.Authority, State = q.State, Due = q.Due, UnitId = q.UnitId, Sorting = q.Sort, SkipCount = q.Skip ?? 0, MaxResultCount = q.Take ?? 20 }, ct))
            .WithTags("Inbox")
            .WithSummary("Open tasks of the caller, filtered (authority, state, due: overdue|week|later, unitId), sorted (sort: due|code|state), with a count per filter value")
            .RequireAuthorization(T.Default);
        return app;
    }

    public sealed record InboxQuery(AuthorityCode? Authority, string? State, string? Due, Guid? UnitId, string? Sort, int? Skip, int? Take);
}
