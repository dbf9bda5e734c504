using System.Security.Claims;

namespace InspectionSuite.Identity;

/// <summary>
/// "Change your password at the next sign-in", kept as an Identity user claim (no column of its own): the principal
/// factory puts it into every cookie and token issued while it is set, and a reset renews the security stamp, so no
/// session issued before the reset survives without it.
/// </summary>
public static class PasswordChangeRequired
{
    public const string ClaimType = "inspectionsuite:must_change_password";

    public static bool IsRequired(ClaimsPrincipal user) => user.HasClaim(c => c.Type == ClaimType);

    public static async Task RequireAsync(UserManager<AppUser> users, AppUser user)
    {
        if ((await users.GetClaimsAsync(user)).Any(c => c.Type == ClaimType)) return;
        Ensure(await users.AddClaimAsync(user, new Claim(ClaimType, "true")));
    }

    public static async Task ClearAsync(UserManager<AppUser> users, AppUser user)
    {
        var claims = (await users.GetClaimsAsync(user)).Where(c => c.Type == ClaimType).ToList();
        if (claims.Count > 0) Ensure(await users.RemoveClaimsAsync(user, claims));
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new BusinessException(Oversight.OversightErrorCodes.IdentityRefused, string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
