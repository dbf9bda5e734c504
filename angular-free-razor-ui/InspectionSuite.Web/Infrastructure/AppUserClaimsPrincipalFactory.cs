using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace InspectionSuite.Web;

/// <summary>
/// Identity's principal factory plus the user's unit (<see cref="AppUser.UnitId"/>), so the layout can tell a unit
/// representative from staff without a query on every page. Identity rebuilds the principal through this factory when it
/// revalidates the security stamp, which the user admin service changes together with the unit. The claim only shapes the
/// menu; what a user may see is still decided from the database (CaseAccess).
/// </summary>
public sealed class AppUserClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    public const string UnitIdClaim = "inspectionsuite:unit_id";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.UnitId is { } unitId) identity.AddClaim(new Claim(UnitIdClaim, unitId.ToString()));
        return identity;
    }

    public static bool HasUnit(ClaimsPrincipal user) => user.HasClaim(c => c.Type == UnitIdClaim);
}
