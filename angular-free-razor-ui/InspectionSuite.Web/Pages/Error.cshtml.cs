using System.Diagnostics;
using InspectionSuite.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace InspectionSuite.Web.Pages;

/// <summary>
/// Friendly error page. Business errors show their localized text with their status (403, 404, 409...);
/// anything else shows only a correlation id — details go to the logs.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(InspectionSuiteLocalizer l) : PageModel
{
    public string CorrelationId { get; private set; } = "";
    public int Status { get; private set; }
    public string? BusinessMessage { get; private set; }

    // No status parameter: a posted form (re-executed POSTs keep their form) or a query string must not choose what the
    // page answers. The status is the one the status-code pages re-executed with, 500 after an exception, and
    // 404 when /Error is asked for directly.
    public void OnGet() => Set();
    public void OnPost() => Set();

    private void Set()
    {
        CorrelationId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        Status = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
                 ?? (HttpContext.Features.Get<IExceptionHandlerFeature>() is null ? StatusCodes.Status404NotFound : StatusCodes.Status500InternalServerError);
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is BusinessException business)
        {
            Status = BusinessExceptionHandler.StatusCodeOf(business);
            BusinessMessage = l.Error(business);
        }
        Response.StatusCode = Status;
    }
}
