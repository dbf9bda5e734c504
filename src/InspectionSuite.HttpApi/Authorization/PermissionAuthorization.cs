using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace InspectionSuite.Authorization;

/// <summary>A policy named after a permission requires that permission.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Turns any permission name used as a policy name into a <see cref="PermissionRequirement"/>.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (InspectionSuitePermissions.IsDefined(policyName))
            return new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(policyName)).Build();
        return await base.GetPolicyAsync(policyName);
    }
}

/// <summary>Checks the requirement against the role grants in the database (via the scoped <see cref="IPermissionChecker"/>).</summary>
public sealed class PermissionAuthorizationHandler(IPermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && await checker.IsGrantedAsync(requirement.Permission))
            context.Succeed(requirement);
    }
}

/// <summary>The signed-in user of the current request, from the cookie or bearer token claims.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
    public string? UserName => Principal?.Identity?.Name;
    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;
    public IReadOnlyList<string> Roles => Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray() ?? [];
}
