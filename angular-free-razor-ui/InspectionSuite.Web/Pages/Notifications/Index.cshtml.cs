using InspectionSuite.Notifications;

namespace InspectionSuite.Web.Pages.Notifications;

/// <summary>"Thông báo": the signed-in user's notifications, newest first, paged; read one or all.</summary>
[Authorize(InspectionSuitePermissions.Dashboard.Default)]
public sealed class IndexModel(INotificationAppService notifications, InspectionSuiteLocalizer l) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "unread")] public bool UnreadOnly { get; set; }

    public PagedResultDto<NotificationDto> Result { get; private set; } = new([], 0);
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = Math.Max(1, PageNumber);
        Result = await notifications.GetListAsync(new GetNotificationListInput { UnreadOnly = UnreadOnly, SkipCount = (page - 1) * PageSize, MaxResultCount = PageSize }, ct);
        Pager = new Pager(Request, page, PageSize, Result.TotalCount);
    }

    [RequirePermission(InspectionSuitePermissions.Dashboard.Default)]
    public async Task<IActionResult> OnPostReadAsync(Guid notificationId, CancellationToken ct)
    {
        var n = await notifications.MarkReadAsync(notificationId, ct);
        // "Open" marks read and follows the link; the link is app-relative by construction (Notification refuses others).
        if (Request.Form.ContainsKey("open") && n.Link is { } link && Url.IsLocalUrl(link)) return LocalRedirect(link);
        TempData["Success"] = l["Notifications.MarkedRead"];
        return RedirectToPage(new { p = PageNumber, unread = UnreadOnly ? "true" : null });
    }

    [RequirePermission(InspectionSuitePermissions.Dashboard.Default)]
    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var count = await notifications.MarkAllReadAsync(ct);
        TempData["Success"] = l["Notifications.MarkedAllRead", count];
        return RedirectToPage();
    }
}
