namespace InspectionSuite.Web.Pages.Account;

/// <summary>
/// Signing out needs only a signed-in user (no permission can be revoked from leaving). It renews the security stamp,
/// which ends every session of the user (other browsers, bearer tokens), so a copied cookie is refused too.
/// </summary>
[Authorize]
public sealed class LogoutModel(SignInManager<AppUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user) await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return LocalRedirect("/Account/Login");
    }
}
