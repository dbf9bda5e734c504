using InspectionSuite.Auditing;
using InspectionSuite.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InspectionSuite.Endpoints;

/// <summary>REST endpoints of the foundation: account token, units, authorities, permissions, audit log.</summary>
public static class FoundationEndpoints
{

    public static IEndpointRouteBuilder MapFoundationApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/api/account").WithTags("Account");
        // Issues an ASP.NET Core Identity bearer token (API clients). Rate-limited per address like the login page and per
        // user name; a wrong password here does not count toward lockout (a locked account is still refused), and every
        // failure gets the same answer.
        account.MapPost("/token", async Task<Results<EmptyHttpResult, ProblemHttpResult>> ([FromBody] TokenRequest request, SignInManager<AppUser> signIn,
            PasswordSignIn passwords, TokenAttemptLimiter attempts, InspectionSuiteLocalizer l) =>
        {
            var userName = request.UserName ?? "";
            if (!attempts.TryAcquire(userName))
                return ApiProblems.Coded(l, InspectionSuiteErrorCodes.TooManySignInAttempts, StatusCodes.Status429TooManyRequests);
            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            return await passwords.SignInAsync(userName, request.Password ?? "", countFailure: false)
                ? TypedResults.Empty // the bearer handler has written the token response
                : ApiProblems.Coded(l, InspectionSuiteErrorCodes.InvalidCredentials, StatusCodes.Status401Unauthorized);
        }).AllowAnonymous().RequireRateLimiting("login")
            // The bearer handler writes the body itself; the document shows what it writes.
            .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        var units = app.MapGroup("/api/units").WithTags("Units");
        units.MapGet("/", (IUnitAppService s, [AsParameters] UnitListQuery q, CancellationToken ct) =>
                s.GetListAsync(new GetUnitListInput { Filter = q.Filter, Kind = q.Kind, ValidOn = q.ValidOn, IncludeDeleted = q.IncludeDeleted ?? false, SkipCount = q.Skip ?? 0, MaxResultCount = q.Take ?? 20, Sorting = q.Sorting }, ct))
            .RequireAuthorization(InspectionSuitePermissions.Units.Default);
        units.MapGet("/{id:guid}", (Guid id, IUnitAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequireAuthorization(InspectionSuitePermissions.Units.Default);
        units.MapPut("/{id:guid}", (Guid id, UpdateUnitDto input, IUnitAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequireAuthorization(InspectionSuitePermissions.Units.Manage);
        units.MapPost("/", async (CreateUnitDto input, IUnitAppService s, CancellationToken ct) =>
            {
                var unit = await s.CreateAsync(input, ct);
                return TypedResults.Created($"/api/units/{unit.Id}", unit);
            })
            .RequireAuthorization(InspectionSuitePermissions.Units.Manage);
        // Retiring ends the unit's validity (soft): later draws leave it out, its history stays.
        units.MapPost("/{id:guid}/retire", (Guid id, RetireUnitDto input, IUnitAppService s, CancellationToken ct) => s.RetireAsync(id, input, ct))
            .RequireAuthorization(InspectionSuitePermissions.Units.Manage);
        units.MapDelete("/{id:guid}", async (Guid id, IUnitAppService s, CancellationToken ct) => { await s.DeleteAsync(id, ct); return TypedResults.NoContent(); })
            .RequireAuthorization(InspectionSuitePermissions.Units.Manage);
        units.MapPost("/import", async Task<Results<Ok<UnitImportResultDto>, ProblemHttpResult>> (HttpRequest request, IUnitAppService s, InspectionSuiteLocalizer l, CancellationToken ct) =>
            {
                var result = await s.ImportCsvAsync(await ReadCsvAsync(request, ct), ct);
                return result.Succeeded ? TypedResults.Ok(result) : ApiProblems.InvalidLines(l, InspectionSuiteErrorCodes.UnitCsvInvalid, result.Errors, result.MoreErrors);
            })
            .Accepts<string>("text/csv").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(InspectionSuitePermissions.Units.Import);

        app.MapGet("/api/authorities", (IUnitAppService s, CancellationToken ct) => s.GetAuthoritiesAsync(ct))
            .WithTags("Units").RequireAuthorization(InspectionSuitePermissions.Units.Default);

        var permissions = app.MapGroup("/api/permissions").WithTags("Permissions");
        permissions.MapGet("/", (IPermissionAppService s, CancellationToken ct) => s.GetAllRolesAsync(ct))
            .RequireAuthorization(InspectionSuitePermissions.Administration.Permissions);
        permissions.MapPost("/{role}/{permission}", async (string role, string permission, IPermissionAppService s, CancellationToken ct) => { await s.GrantAsync(role, permission, ct); return TypedResults.NoContent(); })
            .RequireAuthorization(InspectionSuitePermissions.Administration.Permissions);
        permissions.MapDelete("/{role}/{permission}", async (string role, string permission, IPermissionAppService s, CancellationToken ct) => { await s.RevokeAsync(role, permission, ct); return TypedResults.NoContent(); })
            .RequireAuthorization(InspectionSuitePermissions.Administration.Permissions);
        app.MapGet("/api/me/permissions", async (IPermissionChecker checker, CancellationToken ct) => (await checker.GetGrantedAsync(ct)).Order(StringComparer.Ordinal).ToArray())
            .WithTags("Permissions").RequireAuthorization(InspectionSuitePermissions.Dashboard.Default);

        var audit = app.MapGroup("/api/audit-log").WithTags("Audit");
        audit.MapGet("/", (IAuditLogAppService s, [AsParameters] AuditLogQuery q, CancellationToken ct) =>
                s.GetListAsync(new GetAuditLogInput { UserName = q.UserName, Kind = q.Kind, Action = q.Action, FromUtc = q.FromUtc, ToUtc = q.ToUtc, SkipCount = q.Skip ?? 0, MaxResultCount = q.Take ?? 50 }, ct))
            .RequireAuthorization(InspectionSuitePermissions.Administration.AuditLog);
        audit.MapPost("/verify", (IAuditLogAppService s, CancellationToken ct) => s.VerifyAsync(ct))
            .RequireAuthorization(InspectionSuitePermissions.Administration.AuditVerify);
        return app;
    }

    /// <summary>A CSV request body, refused (413) beyond CsvLimits.MaxBytes whether or not the request declared its length.</summary>
    internal static async Task<string> ReadCsvAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is > InspectionSuite.Csv.CsvLimits.MaxBytes || await InspectionSuite.Csv.CsvLimits.ReadTextAsync(request.Body, ct) is not { } text)
            throw new PayloadTooLargeException(InspectionSuiteErrorCodes.CsvTooLarge, InspectionSuite.Csv.CsvLimits.MaxBytes);
        return text;
    }

    public sealed record UnitListQuery(string? Filter, UnitKind? Kind, DateOnly? ValidOn, int? Skip, int? Take, string? Sorting, bool? IncludeDeleted);
    public sealed record AuditLogQuery(string? UserName, string? Kind, string? Action, DateTime? FromUtc, DateTime? ToUtc, int? Skip, int? Take);
}
