using InspectionSuite.Identity;
using Microsoft.AspNetCore.Identity;

namespace InspectionSuite.Web.Tests.Security;

/// <summary>Counts password verifications, registered before the app's own hasher (Identity adds its hasher only when none is).</summary>
public sealed class CountingPasswordHasher(PasswordHasherCalls calls) : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new();
    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref calls.Verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
