using InspectionSuite.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InspectionSuite.Errors;

/// <summary>Problems an endpoint answers itself (the others come from exceptions or bare statuses); same contract.</summary>
public static class ApiProblems
{
    /// <summary>413 for a body over a limit the endpoint checks itself.</summary>
    public static ProblemHttpResult TooLarge(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>
    /// 422: the file was read, but lines of it are wrong (nothing was imported); <c>lines</c> names the first of them with
    /// their reasons, <c>moreErrors</c> counts the bad lines not listed.
    /// </summary>
    public static ProblemHttpResult InvalidLines(InspectionSuiteLocalizer localizer, string code, object lines, int moreErrors, params object?[] args)
        => TypedResults.Problem(title: localizer[code, args], statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["code"] = code, ["lines"] = lines, ["moreErrors"] = moreErrors });
}
