using InspectionSuite.Errors;
using Microsoft.AspNetCore.Mvc.Filters;

namespace InspectionSuite.Web;

/// <summary>
/// One place for what every form of an <see cref="IFormPage"/> does when its post fails, instead of a try/catch in each
/// handler:
/// <list type="bullet">
/// <item>a validation failure (<see cref="InputValidationException"/>) becomes field messages under the form's prefix, the
/// page again with what was typed, status 422;</item>
/// <item>a post that lost a race (a stale stamp, or a part changed meanwhile: issue 18) becomes the page again with the
/// form as typed, what is recorded now and the current stamp, so saving again applies it ("apply mine"), status 409;</item>
/// <item>from upload.js (XMLHttpRequest) any refusal is JSON <c>{ error }</c> with its status, shown under the form;</item>
/// <item>other refusals (403, 404, a guard) are left to the error page, as before.</item>
/// </list>
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FormErrorsAttribute : Attribute, IAsyncPageFilter, IOrderedFilter
{
    // After the permission filter (a refused handler never runs), around the handler itself.
    public int Order => 0;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.ExceptionHandled || executed.Exception is not BusinessException error || context.HandlerInstance is not IFormPage page) return;
        var http = context.HttpContext;
        var l = http.RequestServices.GetRequiredService<InspectionSuiteLocalizer>();
        if (http.Request.Headers.XRequestedWith == "XMLHttpRequest")
        {
            executed.ExceptionHandled = true;
            executed.Result = UploadError(error, l);
            return;
        }
        var form = FormOf(context);
        if (error is InputValidationException invalid)
        {
            context.ModelState.AddErrors(invalid, form, l);
            http.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await page.RedisplayAsync(form, null, http.RequestAborted);
        }
        else if (error is ConcurrencyConflictException or ConflictException { Code: CaseErrorCodes.PartChangedMeanwhile })
        {
            http.Response.StatusCode = StatusCodes.Status409Conflict;
            await page.RedisplayAsync(form, l.Error(error.Code, error.Args), http.RequestAborted);
        }
        else return;
        executed.ExceptionHandled = true;
        executed.Result = new PageResult();
    }

    /// <summary>The form's name: <see cref="PostsFormAttribute"/>, else the handler's ("OnPostMinutesAsync" posts "Minutes").</summary>
    public static string FormOf(PageHandlerExecutingContext context)
        => context.HandlerMethod?.MethodInfo.GetCustomAttributes(typeof(PostsFormAttribute), false).Cast<PostsFormAttribute>().FirstOrDefault()?.Form
           ?? context.HandlerMethod?.Name ?? "";

    /// <summary>The answer upload.js shows under the form: the localized refusal with its status.</summary>
    private static JsonResult UploadError(BusinessException e, InspectionSuiteLocalizer l)
    {
        var status = e is InputValidationException ? StatusCodes.Status400BadRequest : BusinessExceptionHandler.StatusCodeOf(e);
        var text = e is InputValidationException v ? string.Join(" ", v.Errors.SelectMany(x => x.Value).Select(m => l[m])) : l.Error(e);
        return new JsonResult(new { error = text }) { StatusCode = status };
    }
}
