namespace InspectionSuite.Web.Pages.Account;

/// <summary>
/// Any signed-in user changes their own password (no permission: a user whose password was reset must always reach
/// this page). The change renews the security stamp, which ends the user's other sessions; this one is signed in again.
/// </summary>
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, InspectionSuiteLocalizer l) : PageModel
{
    public sealed class ChangePasswordInput
    {
        public string? CurrentPassword { get; set; }
        public string? NewPassword { get; set; }
        public string? ConfirmPassword { get; set; }
    }

    [BindProperty] public ChangePasswordInput Input { get; set; } = new();
    public bool MustChange => PasswordChangeRequired.IsRequired(User);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Input.CurrentPassword)) ModelState.AddModelError("Input.CurrentPassword", l["Validation.Required"]);
        if (string.IsNullOrEmpty(Input.NewPassword)) ModelState.AddModelError("Input.NewPassword", l["Validation.Required"]);
        else if (Input.NewPassword != Input.ConfirmPassword) ModelState.AddModelError("Input.ConfirmPassword", l[InspectionSuiteErrorCodes.PasswordConfirmationMismatch]);
        if (ModelState.ErrorCount == 0)
        {
            var user = await users.GetUserAsync(User);
            if (user is null) return Challenge();
            var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
            if (result.Succeeded)
            {
                await PasswordChangeRequired.ClearAsync(users, user);
                // A fresh cookie with the new stamp and without the "must change" claim; other sessions fail the stamp check.
                await signIn.SignInAsync(user, isPersistent: false);
                TempData["Success"] = l["Account.PasswordChanged"];
                return RedirectToPage();
            }
            // Identity's own descriptions are English only: the page names the rules instead.
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
                ModelState.AddModelError("Input.CurrentPassword", l[InspectionSuiteErrorCodes.CurrentPasswordWrong]);
            else
                ModelState.AddModelError("Input.NewPassword", l["Account.PasswordRefused"]);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
