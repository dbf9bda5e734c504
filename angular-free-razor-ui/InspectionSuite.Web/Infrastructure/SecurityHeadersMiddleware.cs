namespace InspectionSuite.Web;

/// <summary>CSP, no MIME sniffing, no framing, strict referrer — on every response.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // Scripts and styles come only from our own files (wwwroot/lib); Mermaid renders SVG with inline styles.
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
                               "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var h = http.Response.Headers;
            h.ContentSecurityPolicy = Csp;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        });
        return next(http);
    }
}
