namespace InspectionSuite.Identity;

/// <summary>
/// Password sign-in for the login page and the token endpoint. A failure has one answer whatever its cause (unknown
/// user, wrong password, locked account), and costs one password hash either way: Identity returns at once for an
/// unknown user or a locked account, which told real accounts from others by the time the answer took.
/// </summary>
public sealed class PasswordSignIn(SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher)
{
    private static readonly AppUser Nobody = new() { UserName = "" };
    private static string? _dummyHash;

    /// <param name="countFailure">
    /// Whether a wrong password counts toward the account's lockout: the login page counts, the token endpoint does
    /// not (see README, "Sign-in"), so a script cannot lock an account out from the API.
    /// </param>
    public async Task<bool> SignInAsync(string userName, string password, bool countFailure)
    {
        var user = await signIn.UserManager.FindByNameAsync(userName.Trim());
        if (user is null || await signIn.UserManager.IsLockedOutAsync(user))
        {
            HashAnyway(password);
            return false;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: countFailure);
        // Refused before the password was checked (e.g. an unconfirmed account): hash anyway.
        if (result.IsNotAllowed) HashAnyway(password);
        return result.Succeeded;
    }

    private void HashAnyway(string password)
    {
        _dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, _dummyHash, password);
    }
}
