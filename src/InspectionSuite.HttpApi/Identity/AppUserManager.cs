using Microsoft.Extensions.Logging;

namespace InspectionSuite.Identity;

/// <summary>
/// Identity's user manager; every save of a user (stamp, lockout, roles, password) drops the cached security stamp,
/// so <see cref="SecurityStampCheck"/> ends the user's sessions on this instance at the next request.
/// </summary>
public sealed class AppUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    SecurityStampCache stamps)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    protected override async Task<IdentityResult> UpdateUserAsync(AppUser user)
    {
        try
        {
            return await base.UpdateUserAsync(user);
        }
        finally
        {
            stamps.Forget(user.Id);
        }
    }
}
