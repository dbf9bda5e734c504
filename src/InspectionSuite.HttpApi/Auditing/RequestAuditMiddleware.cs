using System.Diagnostics;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace InspectionSuite.Auditing;

/// <summary>
/// Appends one audit record per state-changing request (POST/PUT/PATCH/DELETE) of a signed-in user: user, action,
/// target, input summary (keys, short values, secrets masked), result, duration, client IP. It sits between
/// authentication and authorization, so a refused request (403) is recorded too, but it reads nothing before the
/// endpoint: the summary is taken afterwards from what the endpoint parsed (a form it never read is named by content
/// type and length), so an upload is never buffered twice and anonymous requests cost no row. The record goes into the
/// transaction of the request's first committing save (<see cref="IRequestAudit"/>, result "committed"): no second
/// transaction per command, and no committed change without its record even if the process dies before replying. A
/// request that commits nothing (refused, invalid, failed) is recorded afterwards in its own scope with its status, and
/// so is an error after a commit (a second record); the error page's re-execution is not recorded again.
/// </summary>
public sealed class RequestAuditMiddleware(RequestDelegate next, IServiceScopeFactory scopes, TimeProvider time, ILogger<RequestAuditMiddleware> logger)
{
    /// <summary>
    /// Fields never written, by exact name (the last segment: "Input.Password" is "Password"). A name merely containing
    /// "code" is not a secret: unit codes are what an auditor needs to read.
    /// </summary>
    private static readonly HashSet<string> SecretFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "newPassword", "currentPassword", "confirmPassword", "oldPassword",
        "token", "accessToken", "refreshToken", "secret", "clientSecret", "__RequestVerificationToken",
        "twoFactorCode", "recoveryCode", "resetCode", "verificationCode",
    };

    public async Task InvokeAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method))
        {
            await next(http);
            return;
        }
        // Entity-change records written during this request carry the same address and correlation id.
        http.RequestServices.GetService<IAuditContext>()?.Set(http.Connection.RemoteIpAddress?.ToString(), Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
        var reExecuted = http.Features.Get<IExceptionHandlerPathFeature>() is not null || http.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (http.User.Identity?.IsAuthenticated != true || reExecuted)
        {
            await next(http);
            return;
        }
        var started = time.GetTimestamp();
        var withCommit = http.RequestServices.GetService<IRequestAudit>();
        // Described when the save takes it: by then the endpoint has parsed the input the summary names.
        withCommit?.RecordWithCommit(() => Describe(http, Summarize(http), IRequestAudit.CommittedResult, (long)time.GetElapsedTime(started).TotalMilliseconds));
        string result = "error";
        try
        {
            await next(http);
            result = http.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex)
        {
            // The exception handler (outside this middleware) turns it into this status.
            result = (ex switch
            {
                BusinessException business => BusinessExceptionHandler.StatusCodeOf(business),
                BadHttpRequestException bad => bad.StatusCode,
                _ => StatusCodes.Status500InternalServerError,
            }).ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw;
        }
        finally
        {
            // Committed with the change and answered without error: that record says it all.
            if (withCommit?.Committed != true || IsError(result))
                await WriteAsync(Describe(http, Summarize(http), result, (long)time.GetElapsedTime(started).TotalMilliseconds), http);
        }
    }

    private static bool IsError(string result) => !int.TryParse(result, out var status) || status >= StatusCodes.Status400BadRequest;

    private AuditLogRecord Describe(HttpContext http, string summary, string result, long durationMs)
    {
        var user = http.User;
        Guid? userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
        var action = $"{http.Request.Method} {http.GetEndpoint()?.DisplayName ?? http.Request.Path}";
        var target = http.Request.RouteValues.TryGetValue("id", out var rid) ? rid?.ToString() : http.Request.Path.Value;
        return new AuditLogRecord(time.GetUtcNow().UtcDateTime, AuditRecordKind.Request, userId, user.Identity?.Name, action, target,
            summary, result, durationMs, http.Connection.RemoteIpAddress?.ToString(), Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
    }

    /// <summary>A record of a request that committed nothing (or failed after its commit), in its own scope and transaction.</summary>
    private async Task WriteAsync(AuditLogRecord record, HttpContext http)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<IAuditLogWriter>().Append(record);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not write the request audit record for {Path}", http.Request.Path);
        }
    }

    /// <summary>Query and form fields the endpoint parsed (files by name and size); otherwise the body's type and length.</summary>
    public static string Summarize(HttpContext http)
    {
        var request = http.Request;
        var sb = new StringBuilder();
        foreach (var (key, value) in request.Query) Append(sb, key, value.ToString());
        if (http.Features.Get<IFormFeature>()?.Form is { } form)
        {
            foreach (var (key, value) in form) Append(sb, key, value.ToString());
            foreach (var file in form.Files) Append(sb, "file", $"{file.FileName} ({file.Length} bytes)");
        }
        else if (request.ContentLength is > 0)
        {
            Append(sb, "body", $"{request.ContentType} ({request.ContentLength} bytes)");
        }
        return sb.ToString();
    }

    public static bool IsSecret(string fieldName)
    {
        var name = fieldName[(fieldName.LastIndexOf('.') + 1)..];
        return SecretFields.Contains(name);
    }

    private static void Append(StringBuilder sb, string key, string value)
    {
        if (sb.Length > 0) sb.Append("; ");
        sb.Append(key).Append('=').Append(IsSecret(key) ? "***" : value.Length > 120 ? value[..120] + "…" : value);
    }
}
