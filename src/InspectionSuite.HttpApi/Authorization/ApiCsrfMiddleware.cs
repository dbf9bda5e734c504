using Microsoft.AspNetCore.Antiforgery;

namespace InspectionSuite.Authorization;

/// <summary>
/// The browser adds the auth cookie to requests that other origins start: SameSite=Lax stops other sites, not another
/// port or subdomain of the same site, and a text/plain POST needs no CORS preflight. So an unsafe /api call that is
/// authenticated by the cookie must show it comes from this app: the antiforgery token in its header (X-CSRF-TOKEN), or
/// an Origin header equal to this app's origin (Sec-Fetch-Site: same-origin when a browser sends no Origin). Otherwise
/// 403 with a problem body, before the endpoint runs. Bearer calls carry no ambient credential and pass.
/// </summary>
public sealed class ApiCsrfMiddleware(RequestDelegate next, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions)
{
    /// <summary>The request authenticates with "Authorization: Bearer ..." rather than the cookie.</summary>
    public static bool UsesBearerToken(HttpRequest request)
        => request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!request.Path.StartsWithSegments("/api") || IsSafe(request.Method) || http.User.Identity?.IsAuthenticated != true
            || UsesBearerToken(request) || IsSameOrigin(request)
            || (antiforgeryOptions.Value.HeaderName is { } header && request.Headers.ContainsKey(header) && await antiforgery.IsRequestValidAsync(http)))
        {
            await next(http);
            return;
        }
        await Errors.ApiProblems.WriteCodedAsync(http, InspectionSuiteErrorCodes.CrossOriginRequestRefused, StatusCodes.Status403Forbidden);
    }

    private static bool IsSafe(string method)
        => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0) return string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
        return string.Equals(request.Headers["Sec-Fetch-Site"].ToString(), "same-origin", StringComparison.Ordinal);
    }
}
