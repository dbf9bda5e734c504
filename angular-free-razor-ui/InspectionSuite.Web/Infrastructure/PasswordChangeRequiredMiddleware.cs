namespace InspectionSuite.Web;

/// <summary>
/// While a user's password is a temporary one set by the admin, every page leads to the change-password page and the
/// API answers 403 with <see cref="InspectionSuiteErrorCodes.PasswordChangeRequired"/>; only changing the password,
/// signing out, switching the language and the error pages stay open.
/// </summary>
public sealed class PasswordChangeRequiredMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Account/ChangePassword";

    private static readonly string[] Open = [ChangePasswordPath, "/Account/Logout", "/Account/Login", "/Account/AccessDenied", "/Error", "/culture", "/health", "/api/account/token"];

    public async Task InvokeAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated != true || !PasswordChangeRequired.IsRequired(http.User)
            || Open.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next(http);
            return;
        }
        if (Errors.ApiProblemDetailsWriter.IsApi(http))
        {
            await Errors.ApiProblems.WriteCodedAsync(http, InspectionSuiteErrorCodes.PasswordChangeRequired, StatusCodes.Status403Forbidden);
            return;
        }
        http.Response.Redirect(ChangePasswordPath);
    }
}
