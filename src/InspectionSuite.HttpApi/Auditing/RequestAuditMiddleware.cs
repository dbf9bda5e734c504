using System.Diagnostics;
using System.Security.Claims;
using System.Text;
using InspectionSuite.Auditing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InspectionSuite.Auditing;

/// <summary>
/// Appends one audit record per state-changing request (POST/PUT/PATCH/DELETE): user, action, target,
/// input summary (keys, short values, secrets masked), result, duration, client IP. Written in its own scope
/// so a failed request is still recorded.
/// </summary>
public sealed class RequestAuditMiddleware(RequestDelegate next, IServiceScopeFactory scopes, TimeProvider time, ILogger<RequestAuditMiddleware> logger)
{
    private static readonly string[] SecretKeys = ["password", "token", "secret", "__requestverificationtoken", "code"];

    public async Task InvokeAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method))
        {
            await next(http);
            return;
        }
        // Entity-change records written during this request carry the same address and correlation id.
        http.RequestServices.GetService<IAuditContext>()?.Set(http.Connection.RemoteIpAddress?.ToString(), Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
        var started = time.GetTimestamp();
        var summary = await SummarizeInputAsync(http.Request);
        string result = "error";
        try
        {
            await next(http);
            result = http.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await WriteAsync(http, summary, result, (long)time.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private async Task WriteAsync(HttpContext http, string summary, string result, long durationMs)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var writer = scope.ServiceProvider.GetRequiredService<IAuditLogWriter>();
            var user = http.User;
            Guid? userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
            var action = $"{http.Request.Method} {http.GetEndpoint()?.DisplayName ?? http.Request.Path}";
            var target = http.Request.RouteValues.TryGetValue("id", out var rid) ? rid?.ToString() : http.Request.Path.Value;
            writer.Append(new AuditLogRecord(time.GetUtcNow().UtcDateTime, AuditRecordKind.Request, userId, user.Identity?.Name, action, target,
                summary, result, durationMs, http.Connection.RemoteIpAddress?.ToString(), Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not write the request audit record for {Path}", http.Request.Path);
        }
    }

    private static async Task<string> SummarizeInputAsync(HttpRequest request)
    {
        var sb = new StringBuilder();
        foreach (var (key, value) in request.Query) Append(sb, key, value.ToString());
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form) Append(sb, key, value.ToString());
            foreach (var file in form.Files) Append(sb, "file", $"{file.FileName} ({file.Length} bytes)");
        }
        else if (request.ContentLength is > 0)
        {
            Append(sb, "body", $"{request.ContentType} ({request.ContentLength} bytes)");
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string key, string value)
    {
        if (sb.Length > 0) sb.Append("; ");
        var secret = SecretKeys.Any(s => key.Contains(s, StringComparison.OrdinalIgnoreCase));
        sb.Append(key).Append('=').Append(secret ? "***" : value.Length > 120 ? value[..120] + "…" : value);
    }
}
