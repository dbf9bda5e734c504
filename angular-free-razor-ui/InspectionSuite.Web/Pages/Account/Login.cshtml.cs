using Microsoft.AspNetCore.RateLimiting;

namespace InspectionSuite.Web.Pages.Account;

[EnableRateLimiting("login")]
public sealed class LoginModel(PasswordSignIn passwords, InspectionSuiteLocalizer l) : PageModel
{
    public sealed class LoginInput
    {
        public string UserName { get; set; } = "";
        public string Password { get; set; } = "";
    }

    [BindProperty] public LoginInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        // One message for every failure: naming a locked account would tell that the account exists.
        if (!string.IsNullOrWhiteSpace(Input.UserName) && !string.IsNullOrEmpty(Input.Password)
            && await passwords.SignInAsync(Input.UserName, Input.Password, countFailure: true))
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        Error = l[InspectionSuiteErrorCodes.InvalidCredentials];
        return Page();
    }
}
