namespace InspectionSuite.Web.Pages.Account;

/// <summary>
/// My account: any signed-in user sees their name and e-mail address (set by the administrator) and chooses whether
/// notifications also come by e-mail (no permission: it concerns only the user, like the password change).
/// </summary>
public sealed class ProfileModel(UserManager<AppUser> users, InspectionSuiteLocalizer l) : PageModel
{
    public string FullName { get; private set; } = "";
    public string? Email { get; private set; }
    [BindProperty] public bool EmailNotifications { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Show(user);
        EmailNotifications = user.EmailNotifications;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        user.EmailNotifications = EmailNotifications;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            Show(user);
            TempData["Error"] = l["Notifications.ChoiceNotSaved"];
            return Page();
        }
        TempData["Success"] = l[EmailNotifications ? "Notifications.EmailOn" : "Notifications.EmailOff"];
        return RedirectToPage();
    }

    private void Show(AppUser user)
    {
        FullName = string.IsNullOrEmpty(user.FullName) ? user.UserName ?? "" : user.FullName;
        Email = user.Email;
    }
}
