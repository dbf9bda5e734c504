using InspectionSuite.Identity;

namespace InspectionSuite.Endpoints;

/// <summary>Who am I (any signed-in user) and the user lookup of those who assign teams: where integrators find user ids.</summary>
public static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", (IUserDirectoryAppService s, CancellationToken ct) => s.GetMeAsync(ct))
            .WithTags("Users").WithSummary("The signed-in user: id, user name, display name, roles, unit (unit representatives), permissions")
            .RequireAuthorization(InspectionSuitePermissions.Dashboard.Default);
        app.MapGet("/api/users/lookup", (IUserDirectoryAppService s, string? filter, int? skip, int? take, CancellationToken ct) =>
                s.LookupAsync(new GetUserLookupInput { Filter = filter, SkipCount = skip ?? 0, MaxResultCount = take ?? GetUserLookupInput.MaxLookupPageSize }, ct))
            .WithTags("Users").WithSummary("Users by part of their user name or display name (id, userName, displayName, roles; paged, at most 20), e.g. to assign a team")
            .RequireAuthorization(InspectionSuitePermissions.Cases.Assign);
        return app;
    }
}
