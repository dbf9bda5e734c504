using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace InspectionSuite.Errors;

/// <summary>
/// Maps exceptions to HTTP answers. API requests get ProblemDetails carrying the error code and a localized
/// text (<see cref="ApiProblemDetailsWriter"/> adds the trace id); unexpected errors are logged under that id and
/// show no details to the client.
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
        PayloadTooLargeException => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status400BadRequest,
    };

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var traceId = ApiProblemDetailsWriter.TraceId(http);
        // Pages: the /Error page renders business errors (localized, with their status) and unexpected ones.
        if (!IsApi(http))
        {
            if (exception is not BusinessException) logger.LogError(exception, "Unhandled error {CorrelationId} on {Method} {Path}", traceId, http.Request.Method, http.Request.Path);
            return false;
        }
        if (exception is BadHttpRequestException badRequest)
        {
            // Kestrel's refusals (body over the size limit: 413, malformed request: 400); the writer names them by status.
            http.Response.StatusCode = badRequest.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails { Status = badRequest.StatusCode, Detail = badRequest.Message },
            });
        }
        if (exception is not BusinessException business)
        {
            logger.LogError(exception, "Unhandled error {CorrelationId} on {Method} {Path}", traceId, http.Request.Method, http.Request.Path);
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = new ProblemDetails { Status = 500 } });
        }

        http.Response.StatusCode = StatusCodeOf(business);
        var details = new ProblemDetails
        {
            Status = http.Response.StatusCode,
            Title = localizer.Error(business),
            Extensions = { ["code"] = business.Code },
        };
        if (business.Errors.Count > 0)
            details.Extensions["errors"] = business is InputValidationException
                ? business.Errors.GroupBy(e => FieldName(e.Key), StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).Select(m => localizer[m]).Distinct().ToArray())
                // Other field lists name template fields ("Case.DecisionNumber"), not request fields: as they are.
                : business.Errors.ToDictionary(e => e.Key, e => e.Value.Select(m => localizer[m]).ToArray());
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    /// <summary>
    /// The request field a validation key names, as clients spell it in JSON: "AmountVnd" and "Input.AmountVnd" (a page
    /// model's prefix) are "amountVnd", "Items[0].Score" is "items[0].score".
    /// </summary>
    public static string FieldName(string key)
    {
        var parts = key.Split('.');
        if (parts.Length > 1 && parts[0].Equals("Input", StringComparison.OrdinalIgnoreCase)) parts = parts[1..];
        return string.Join('.', parts.Select(JsonNamingPolicy.CamelCase.ConvertName));
    }

    public static bool IsApi(HttpContext http) => ApiProblemDetailsWriter.IsApi(http);
}
