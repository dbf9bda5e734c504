using Microsoft.AspNetCore.Authorization;

namespace InspectionSuite.Authorization;

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
