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
        app.MapGet("/api/inbox/units", (IInboxAppService s, [AsParameters] InboxUnitsQuery q, CancellationToken ct) =>
                s.FindUnitsAsync(new FindInboxUnitsInput { Filter = q.Filter, Authority = q.Authority, State = q.State, Due = q.Due, MaxResultCount = q.Take ?? InboxUnitSearch.DefaultTake }, ct))
            .WithTags("Inbox")
            .WithSummary("Units of the caller's open tasks whose name or code contains filter (case and Vietnamese marks ignored), with their counts under the other filters (authority, state, due), most tasks first")
            .RequireAuthorization(T.Default);
        return app;
    }

    public sealed record InboxUnitsQuery(string? Filter, AuthorityCode? Authority, string? State, string? Due, int? Take);

    public sealed record InboxQuery(AuthorityCode? Authority, string? State, string? Due, Guid? UnitId, string? Sort, int? Skip, int? Take);
}
