using Microsoft.AspNetCore.Mvc.Filters;

namespace InspectionSuite.Web;

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
