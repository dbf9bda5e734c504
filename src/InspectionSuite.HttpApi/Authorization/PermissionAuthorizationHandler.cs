using Microsoft.AspNetCore.Authorization;

namespace InspectionSuite.Authorization;

/// <summary>Checks the requirement against the role grants in the database (via the scoped <see cref="IPermissionChecker"/>).</summary>
public sealed class PermissionAuthorizationHandler(IPermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && await checker.IsGrantedAsync(requirement.Permission))
            context.Succeed(requirement);
    }
}
