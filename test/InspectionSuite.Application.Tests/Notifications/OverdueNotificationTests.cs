using System.Globalization;
using InspectionSuite.Cases;
using InspectionSuite.Identity;
using InspectionSuite.Notifications;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Timers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Notifications;

public sealed class OverdueNotificationTests(TwiceNotifyingCaseFixture fixture) : IClassFixture<TwiceNotifyingCaseFixture>
{
    private Task<T> Notifications<T>(string user, Func<INotificationAppService, Task<T>> work) => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<INotificationAppService>()));

    private Task<List<NotificationDto>> ForCaseAsync(string user, Guid caseId)
        => Notifications(user, async s => (await s.GetListAsync(new GetNotificationListInput { MaxResultCount = 200 })).Items.Where(n => n.CaseId == caseId).ToList());

    [Fact]
    public void Should_replace_the_runtimes_no_op_notifier_in_the_application()
        => fixture.Services.GetRequiredService<IWorkflowNotifier>().ShouldNotBeOfType<NullWorkflowNotifier>();

    [Fact]
    public async Task Should_notify_every_supervisor_exactly_once_when_a_deadline_expires_even_if_delivered_twice()
    {
        await fixture.RunAsAsync("admin", async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync("supervisor2") is not null) return;
            var second = new AppUser { UserName = "supervisor2", FullName = "Giám sát viên hai", Email = "supervisor2@example.vn" };
            (await users.CreateAsync(second, "Demo@2026!x")).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(second, InspectionSuiteRoles.Supervisor)).Succeeded.ShouldBeTrue();
        });
        var late = await fixture.CaseIn(CaseStates.OnSite, CaseKind.Check);

        fixture.Clock.Advance(TimeSpan.FromDays(50)); // > 3 working days of a check's visit
        var timers = fixture.Services.GetRequiredService<WorkflowTimerService>();
        (await timers.RunDueTimersAsync(default)).ShouldBeGreaterThanOrEqualTo(1);
        await timers.RunDueTimersAsync(default); // a second pass finds nothing due again

        var notice = fixture.Notices.Single(n => n.CorrelationId == late.Id.ToString());
        notice.Recipients.ShouldContain(InspectionSuiteRoles.Supervisor);
        foreach (var supervisor in new[] { "supervisor", "supervisor2" })
        {
            var mine = await ForCaseAsync(supervisor, late.Id);
            mine.Count.ShouldBe(1, supervisor);
            mine[0].Kind.ShouldBe(NotificationKinds.Overdue);
            mine[0].IsRead.ShouldBeFalse();
            mine[0].Link.ShouldBe($"/Cases/Detail/{late.Id}");
        }
        // Others get no overdue notice (the team and the unit have the case's other notifications: team assigned, decision issued).
        foreach (var other in new[] { "admin", "inspector", "inspector2", "leader", "unitrep" })
            (await ForCaseAsync(other, late.Id)).Where(n => n.Kind == NotificationKinds.Overdue).ShouldBeEmpty(other);

        // Delivered once more later (e.g. a retry after a crash): still one each.
        await fixture.Services.GetRequiredService<IWorkflowNotifier>().NotifyOverdueAsync(notice, default);
        (await ForCaseAsync("supervisor", late.Id)).Count.ShouldBe(1);
        (await ForCaseAsync("supervisor2", late.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_show_the_notification_in_the_readers_language_and_let_only_the_recipient_mark_it_read()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite, CaseKind.Check);
        fixture.Clock.Advance(TimeSpan.FromDays(50));
        await fixture.Services.GetRequiredService<WorkflowTimerService>().RunDueTimersAsync(default);

        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("vi");
            var vi = (await ForCaseAsync("supervisor", c.Id)).Single();
            vi.Title.ShouldBe($"Quá hạn: {c.Code}");
            vi.Message.ShouldContain(c.Subject);
            vi.Message.ShouldContain("kết thúc làm việc tại đơn vị");
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            (await ForCaseAsync("supervisor", c.Id)).Single().Message.ShouldContain("end of on-site work");
        }
        finally { CultureInfo.CurrentUICulture = previous; }

        var id = (await ForCaseAsync("supervisor", c.Id)).Single().Id;
        var unreadBefore = await Notifications("supervisor", s => s.GetUnreadCountAsync());
        unreadBefore.ShouldBeGreaterThan(0);
        await Should.ThrowAsync<EntityNotFoundException>(() => Notifications("inspector", s => s.MarkReadAsync(id)));
        (await ForCaseAsync("supervisor", c.Id)).Single().IsRead.ShouldBeFalse();

        var read = await Notifications("supervisor", s => s.MarkReadAsync(id));
        read.IsRead.ShouldBeTrue();
        (await Notifications("supervisor", s => s.GetUnreadCountAsync())).ShouldBe(unreadBefore - 1);
        (await Notifications("supervisor", s => s.GetListAsync(new GetNotificationListInput { UnreadOnly = true, MaxResultCount = 200 }))).Items.ShouldNotContain(n => n.Id == id);

        await Notifications("supervisor", s => s.MarkAllReadAsync());
        (await Notifications("supervisor", s => s.GetUnreadCountAsync())).ShouldBe(0);
    }
}
