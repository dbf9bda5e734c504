using InspectionSuite.Notifications;
using D = InspectionSuite.Permissions.InspectionSuitePermissions.Dashboard;

namespace InspectionSuite.Endpoints;

/// <summary>The caller's own in-app notifications (escalations of overdue deadlines, ...).</summary>
public static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotificationApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/notifications").WithTags("Notifications");
        g.MapGet("/", (INotificationAppService s, bool? unreadOnly, int? skip, int? take, CancellationToken ct) =>
                s.GetListAsync(new GetNotificationListInput { UnreadOnly = unreadOnly ?? false, SkipCount = skip ?? 0, MaxResultCount = take ?? 20 }, ct))
            .WithSummary("The caller's notifications, newest first (paged; unreadOnly)").RequireAuthorization(D.Default);
        g.MapGet("/unread-count", async (INotificationAppService s, CancellationToken ct) => TypedResults.Ok(new { count = await s.GetUnreadCountAsync(ct) }))
            .WithSummary("How many of the caller's notifications are unread").RequireAuthorization(D.Default);
        g.MapPost("/{id:guid}/read", (Guid id, INotificationAppService s, CancellationToken ct) => s.MarkReadAsync(id, ct))
            .WithSummary("Marks one of the caller's notifications read (404 for anyone else's)").RequireAuthorization(D.Default);
        g.MapPost("/read-all", async (INotificationAppService s, CancellationToken ct) => TypedResults.Ok(new { count = await s.MarkAllReadAsync(ct) }))
            .WithSummary("Marks all of the caller's notifications read").RequireAuthorization(D.Default);
        return app;
    }
}
