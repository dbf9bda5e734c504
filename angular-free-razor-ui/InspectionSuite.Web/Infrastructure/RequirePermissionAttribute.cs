using Microsoft.AspNetCore.Mvc.Filters;

namespace InspectionSuite.Web;

/// <summary>
/// A permission a single page handler needs on top of the page's own [Authorize] (Razor Pages accept
/// [Authorize] only on the page model). Checked by <see cref="HandlerPermissionFilter"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : Attribute
{
    public string Permission { get; } = permission;
}

public sealed class HandlerPermissionFilter(IAuthorizationService authorization) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var required = context.HandlerMethod?.MethodInfo.GetCustomAttributes(typeof(RequirePermissionAttribute), true)
            .Cast<RequirePermissionAttribute>() ?? [];
        foreach (var attribute in required)
        {
            if (!(await authorization.AuthorizeAsync(context.HttpContext.User, attribute.Permission)).Succeeded)
            {
                context.Result = new ForbidResult();
                return;
            }
        }
        await next();
    }
}
