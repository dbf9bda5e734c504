using System.Diagnostics;
using InspectionSuite.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace InspectionSuite.Errors;

/// <summary>
/// Maps exceptions to HTTP answers. API requests get ProblemDetails carrying the error code and a localized
/// text; unexpected errors are logged with a correlation id and show no details to the client.
/// </summary>
public sealed class BusinessExceptionHandler(InspectionSuiteLocalizer localizer, IProblemDetailsService problems, ILogger<BusinessExceptionHandler> logger) : IExceptionHandler
{
    public static int StatusCodeOf(BusinessException ex) => ex switch
    {
        ConcurrencyConflictException => StatusCodes.Status409Conflict,
        ConflictException => StatusCodes.Status409Conflict,
        InputValidationException => StatusCodes.Status400BadRequest,
        EntityNotFoundException => StatusCodes.Status404NotFound,
        ForbiddenException => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var correlationId = Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
        // Pages: the /Error page renders business errors (localized, with their status) and unexpected ones.
        if (!IsApi(http))
        {
            if (exception is not BusinessException) logger.LogError(exception, "Unhandled error {CorrelationId} on {Method} {Path}", correlationId, http.Request.Method, http.Request.Path);
            return false;
        }
        if (exception is BadHttpRequestException badRequest)
        {
            http.Response.StatusCode = badRequest.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = badRequest.StatusCode,
                    Title = localizer[InspectionSuiteErrorCodes.ValidationFailed],
                    Detail = badRequest.Message,
                    Extensions = { ["code"] = InspectionSuiteErrorCodes.ValidationFailed, ["correlationId"] = correlationId },
                },
            });
        }
        if (exception is not BusinessException business)
        {
            logger.LogError(exception, "Unhandled error {CorrelationId} on {Method} {Path}", correlationId, http.Request.Method, http.Request.Path);
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = 500,
                    Title = localizer[InspectionSuiteErrorCodes.Unexpected, correlationId],
                    Extensions = { ["code"] = InspectionSuiteErrorCodes.Unexpected, ["correlationId"] = correlationId },
                },
            });
        }

        http.Response.StatusCode = StatusCodeOf(business);
        var details = new ProblemDetails
        {
            Status = http.Response.StatusCode,
            Title = localizer.Error(business),
            Extensions = { ["code"] = business.Code, ["correlationId"] = correlationId },
        };
        if (business.Errors.Count > 0)
            details.Extensions["errors"] = business.Errors.ToDictionary(e => e.Key, e => e.Value.Select(m => localizer[m]).ToArray());
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    // By the time handlers run, the middleware has already rewritten the path to the error page.
    public static bool IsApi(HttpContext http)
        => (http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path.Value ?? "").StartsWith("/api/", StringComparison.OrdinalIgnoreCase);
}
