using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Notifications;

/// <summary>
/// The bell on every page counts unread notifications only up to <see cref="INotificationAppService.BellCountLimit"/> (it shows
/// "99+" from there): a user with thousands unread (the load database's inspector has 10,000) paid for counting them all
/// on each page. The full count stays exact.
/// </summary>
public sealed class NotificationBellTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(99)]
    [InlineData(100)]
    [InlineData(101)]
    [InlineData(250)]
    public async Task Should_count_unread_for_the_bell_up_to_its_limit_and_exactly_for_the_list(int unread)
    {
        var inspector = await fixture.UserIdAsync("inspector");
        await fixture.RunAsAsync("admin", async sp =>
        {
            var db = sp.GetRequiredService<InspectionSuiteDbContext>();
            await db.Set<Notification>().Where(n => n.RecipientUserId == inspector).ExecuteDeleteAsync();
            var now = DateTime.UtcNow;
            for (var i = 0; i < unread; i++)
                db.Add(new Notification(Guid.NewGuid(), inspector, "Test", "Notifications.Bell", "Notifications.Bell", "[]", null, null, $"bell-test-{i}", now.AddSeconds(-i)));
            // One read notification, which neither count includes.
            var read = new Notification(Guid.NewGuid(), inspector, "Test", "Notifications.Bell", "Notifications.Bell", "[]", null, null, "bell-test-read", now);
            read.MarkRead(now);
            db.Add(read);
            await db.SaveChangesAsync();
        });

        var (bell, all) = await fixture.RunAsAsync("inspector", async sp =>
        {
            var notifications = sp.GetRequiredService<INotificationAppService>();
            return (await notifications.GetUnreadForBellAsync(), await notifications.GetUnreadCountAsync());
        });

        bell.ShouldBe(Math.Min(unread, INotificationAppService.BellCountLimit));
        all.ShouldBe(unread);
    }
}
