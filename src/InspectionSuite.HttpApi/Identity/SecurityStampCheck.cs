using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace InspectionSuite.Identity;

/// <summary>
/// Ends a session (cookie or bearer token) as soon as its user's security stamp changes: on sign-out, lock, role or
/// password change. Every principal carries the stamp it was issued with; one whose stamp is no longer the user's fails
/// authentication, so pages redirect to the login page and the API answers 401.
/// </summary>
public sealed class SecurityStampCheck(SecurityStampCache stamps, IRepository<AppUser> users, IOptions<IdentityOptions> options)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        var claims = options.Value.ClaimsIdentity;
        if (!Guid.TryParse(principal.FindFirstValue(claims.UserIdClaimType), out var userId)) return false;
        var issued = principal.FindFirstValue(claims.SecurityStampClaimType);
        var current = await stamps.GetAsync(userId, () => users.FirstOrDefaultAsync(users.Query().Where(u => u.Id == userId).Select(u => u.SecurityStamp)));
        return issued is not null && string.Equals(issued, current, StringComparison.Ordinal);
    }

    /// <summary>The cookie's OnValidatePrincipal: a stale cookie is rejected and deleted; then Identity's own periodic refresh.</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null || !await context.HttpContext.RequestServices.GetRequiredService<SecurityStampCheck>().IsCurrentAsync(context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>
    /// The bearer handler's only event comes before it reads the token, so the token is read here too (one Data
    /// Protection unprotect) and a stale one fails authentication.
    /// </summary>
    public static async Task ValidateBearerAsync(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var token = context.Token ?? (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null);
        if (string.IsNullOrEmpty(token) || context.Options.BearerTokenProtector.Unprotect(token)?.Principal is not { } principal) return;
        if (!await context.HttpContext.RequestServices.GetRequiredService<SecurityStampCheck>().IsCurrentAsync(principal))
            context.Fail("The session has ended (the user's security stamp changed).");
    }
}
