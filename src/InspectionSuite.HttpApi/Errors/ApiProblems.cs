using Microsoft.AspNetCore.Http.HttpResults;

namespace InspectionSuite.Errors;

/// <summary>Problems an endpoint answers itself (the others come from exceptions or bare statuses); same contract.</summary>
public static class ApiProblems
{
    /// <summary>One of our codes with its localized text, answered by an endpoint.</summary>
    public static ProblemHttpResult Coded(InspectionSuiteLocalizer localizer, string code, int status)
        => TypedResults.Problem(title: localizer[code], statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>The same, written by a middleware that refuses an /api request before any endpoint runs.</summary>
    public static Task WriteCodedAsync(HttpContext http, string code, int status)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = http.RequestServices.GetRequiredService<InspectionSuiteLocalizer>()[code],
                Extensions = { ["code"] = code },
            },
        }).AsTask();
    }

    /// <summary>
    /// 422: the file was read, but lines of it are wrong (nothing was imported); <c>lines</c> names the first of them with
    /// their reasons, <c>moreErrors</c> counts the bad lines not listed.
    /// </summary>
    public static ProblemHttpResult InvalidLines(InspectionSuiteLocalizer localizer, string code, object lines, int moreErrors, params object?[] args)
        => TypedResults.Problem(title: localizer[code, args], statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["code"] = code, ["lines"] = lines, ["moreErrors"] = moreErrors });
}
