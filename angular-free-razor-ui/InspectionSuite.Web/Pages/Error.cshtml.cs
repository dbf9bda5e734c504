using System.Diagnostics;
using InspectionSuite.Errors;
using InspectionSuite.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

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

    public void OnGet(int? status) => Set(status);
    public void OnPost(int? status) => Set(status);

    private void Set(int? status)
    {
        CorrelationId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        Status = status ?? 500;
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is BusinessException business)
        {
            Status = BusinessExceptionHandler.StatusCodeOf(business);
            BusinessMessage = l.Error(business);
        }
        Response.StatusCode = Status;
    }
}
