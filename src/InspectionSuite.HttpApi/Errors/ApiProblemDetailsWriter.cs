using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace InspectionSuite.Errors;

/// <summary>
/// The one error contract of /api: every problem written for an /api request (business errors from
/// <see cref="BusinessExceptionHandler"/>, bare status answers such as 401, 404, 405, 415 or 429, TypedResults.Problem)
/// is application/problem+json with <c>code</c>, <c>title</c> (in the request's language), <c>status</c> and
/// <c>traceId</c>, whatever the Accept header asks for. Registered before the framework's writer, so it wins for /api.
/// </summary>
public sealed class ApiProblemDetailsWriter(InspectionSuiteLocalizer localizer) : IProblemDetailsWriter
{
    public const string ContentType = "application/problem+json";

    public bool CanWrite(ProblemDetailsContext context) => IsApi(context.HttpContext);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        var status = problem.Status.Value;
        if (!problem.Extensions.TryGetValue("code", out var code) || code is null)
        {
            var byStatus = CodeOf(status);
            problem.Extensions["code"] = byStatus;
            // Without a code the title is at best the framework's English reason phrase: ours replaces it.
            problem.Title = byStatus switch
            {
                InspectionSuiteErrorCodes.MethodNotAllowed => localizer[byStatus, http.Request.Method],
                InspectionSuiteErrorCodes.RequestFailed => localizer[byStatus, status],
                InspectionSuiteErrorCodes.Unexpected => localizer[byStatus, TraceId(http)],
                _ => localizer[byStatus],
            };
        }
        problem.Extensions.TryAdd("traceId", TraceId(http));
        // The runtime type: a validation problem's own "errors" must not be lost to the base type's converter.
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, ContentType, http.RequestAborted));
    }

    /// <summary>The code of an answer that carries only its status.</summary>
    public static string CodeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => InspectionSuiteErrorCodes.ValidationFailed,
        StatusCodes.Status401Unauthorized => InspectionSuiteErrorCodes.Unauthorized,
        StatusCodes.Status403Forbidden => InspectionSuiteErrorCodes.PermissionDenied,
        StatusCodes.Status404NotFound => InspectionSuiteErrorCodes.RouteNotFound,
        StatusCodes.Status405MethodNotAllowed => InspectionSuiteErrorCodes.MethodNotAllowed,
        StatusCodes.Status409Conflict => InspectionSuiteErrorCodes.ConcurrencyConflict,
        StatusCodes.Status413PayloadTooLarge => InspectionSuiteErrorCodes.PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => InspectionSuiteErrorCodes.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => InspectionSuiteErrorCodes.TooManyRequests,
        >= 500 => InspectionSuiteErrorCodes.Unexpected,
        _ => InspectionSuiteErrorCodes.RequestFailed,
    };

    /// <summary>The id under which the log and the audit log record this request.</summary>
    public static string TraceId(HttpContext http) => Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;

    /// <summary>An /api request (by the original path: the exception handler may already have rewritten it).</summary>
    public static bool IsApi(HttpContext http)
        => (http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path.Value ?? "").StartsWith("/api/", StringComparison.OrdinalIgnoreCase);

    /// <summary>For the status-code pages of /api: an error answer without a body becomes a problem.</summary>
    public static async Task WriteStatusAsync(HttpContext http)
    {
        var problems = http.RequestServices.GetService(typeof(IProblemDetailsService)) as IProblemDetailsService;
        if (problems is not null) await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http });
    }
}
