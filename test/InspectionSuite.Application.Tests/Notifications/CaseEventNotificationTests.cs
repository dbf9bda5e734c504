using System.Text;
using InspectionSuite.Cases;
using InspectionSuite.Identity;
using InspectionSuite.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Notifications;

/// <summary>
/// Issue 18, notifications: the events of a case reach the people concerned in the app and, for those who chose it, by
/// e-mail through SMTP after the command committed (the outbox); SMTP down never fails the command.
/// </summary>
public sealed class CaseEventNotificationTests(EmailCaseFixture fixture) : IClassFixture<EmailCaseFixture>
{
    private Task<List<NotificationDto>> ForCaseAsync(string user, Guid caseId)
        => fixture.RunAsAsync(user, async sp => (await sp.GetRequiredService<INotificationAppService>().GetListAsync(new GetNotificationListInput { MaxResultCount = 200 }))
            .Items.Where(n => n.CaseId == caseId).ToList());

    private Task<T> Requests<T>(string user, Func<IDocumentRequestAppService, Task<T>> work)
        => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<IDocumentRequestAppService>()));

    private static MimeMessage Parse(SmtpMessage m) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)));

    [Fact]
    public async Task Should_tell_the_team_it_was_assigned_and_the_unit_and_team_that_the_decision_was_issued_but_not_the_supervisor_who_did_it()
    {
        var c = await fixture.NewCase(); // supervisor records decision 01/QĐ-TTr, then assigns inspector (leader) and inspector2

        foreach (var member in new[] { "inspector", "inspector2" })
        {
            var mine = await ForCaseAsync(member, c.Id);
            mine.Count(n => n.Kind == NotificationKinds.TeamAssigned).ShouldBe(1, member);
            mine.Single(n => n.Kind == NotificationKinds.TeamAssigned).Link.ShouldBe($"/Cases/Detail/{c.Id}");
        }
        var unit = await ForCaseAsync("unitrep", c.Id);
        var decision = unit.Single(n => n.Kind == NotificationKinds.DecisionIssued);
        decision.Message.ShouldContain("01/QĐ-TTr");
        decision.Message.ShouldContain(c.Code);
        (await ForCaseAsync("supervisor", c.Id)).ShouldBeEmpty();
        (await ForCaseAsync("leader", c.Id)).ShouldBeEmpty();

        // Re-assigning the same team tells nobody again.
        var again = await fixture.Get(c.Id);
        var (leaderId, memberId) = (await fixture.UserIdAsync("inspector"), await fixture.UserIdAsync("inspector2"));
        await fixture.Cases("supervisor", s => s.AssignTeamAsync(c.Id, new AssignTeamDto(leaderId, [memberId], again.ConcurrencyStamp)));
        (await ForCaseAsync("inspector2", c.Id)).Count(n => n.Kind == NotificationKinds.TeamAssigned).ShouldBe(1);
        await fixture.DrainAsync();
    }

    [Fact]
    public async Task Should_tell_the_team_when_the_unit_answers_and_the_unit_when_the_team_returns_the_answer()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        var request = await Requests("inspector", s => s.CreateAsync(c.Id, new CreateDocumentRequestDto("Danh sách cuộc họp", null, fixture.Today.AddDays(5), c.ConcurrencyStamp)));
        await Requests("unitrep", s => s.AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput("Gửi đoàn danh sách.", [], c.ConcurrencyStamp)));

        foreach (var member in new[] { "inspector", "inspector2" })
            (await ForCaseAsync(member, c.Id)).Single(n => n.Kind == NotificationKinds.UnitAnswered).Message.ShouldContain("Danh sách cuộc họp");
        (await ForCaseAsync("unitrep", c.Id)).ShouldNotContain(n => n.Kind == NotificationKinds.UnitAnswered);

        await Requests("inspector", s => s.ReturnAsync(c.Id, request.Id, new ReturnDocumentRequestDto("Thiếu giấy mời", c.ConcurrencyStamp)));
        var returned = (await ForCaseAsync("unitrep", c.Id)).Single(n => n.Kind == NotificationKinds.ReportReturned);
        returned.Message.ShouldContain("Thiếu giấy mời");
        (await ForCaseAsync("inspector", c.Id)).ShouldNotContain(n => n.Kind == NotificationKinds.ReportReturned);
        await fixture.DrainAsync();
    }

    [Fact]
    public async Task Should_send_the_email_after_the_command_with_subject_recipient_link_and_Vietnamese_text()
    {
        await fixture.DrainAsync();
        using var server = SimpleSmtpServer.Start(fixture.SmtpPort);
        var c = await fixture.NewCase();

        (await fixture.SendDueAsync()).ShouldBeGreaterThanOrEqualTo(3); // inspector, inspector2 (team), unitrep (decision)

        var mails = server.ReceivedEmail.Select(Parse).ToList();
        var toInspector = mails.Single(m => m.To.Mailboxes.Any(a => a.Address == "inspector@demo.inspectionsuite.local") && m.TextBody.Contains(c.Code));
        toInspector.Subject.ShouldBe($"Được phân công vào đoàn: {c.Code}");
        toInspector.TextBody.ShouldContain("Bạn được phân công vào đoàn thanh tra/kiểm tra của cuộc");
        toInspector.TextBody.ShouldContain($"{EmailCaseFixture.BaseUrl}/Cases/Detail/{c.Id}");
        toInspector.From.Mailboxes.Single().Address.ShouldBe("thanhtra@quangngai.example.vn");
        var toUnit = mails.Single(m => m.To.Mailboxes.Any(a => a.Address == "unitrep@demo.inspectionsuite.local") && m.TextBody.Contains(c.Code));
        toUnit.Subject.ShouldBe($"Đã ban hành quyết định: {c.Code}");
        toUnit.TextBody.ShouldContain("quyết định số 01/QĐ-TTr");
        mails.ShouldNotContain(m => m.To.Mailboxes.Any(a => a.Address == "supervisor@demo.inspectionsuite.local"));

        // Sent once: a second pass finds nothing.
        (await fixture.SendDueAsync()).ShouldBe(0);
        (await fixture.OutboxAsync()).ShouldAllBe(m => !m.IsPending);
    }

    [Fact]
    public async Task Should_not_fail_the_command_when_smtp_is_down_and_send_on_a_later_attempt()
    {
        await fixture.DrainAsync();
        var c = await fixture.NewCase(); // no SMTP server listening

        (await ForCaseAsync("inspector", c.Id)).ShouldContain(n => n.Kind == NotificationKinds.TeamAssigned);
        (await fixture.SendDueAsync()).ShouldBe(0);
        var failed = (await fixture.OutboxAsync()).Where(m => m.IsPending).ToList();
        failed.ShouldNotBeEmpty();
        failed.ShouldAllBe(m => m.Attempts == 1 && m.LastError != null && m.NextAttemptAtUtc > fixture.Clock.GetUtcNow().UtcDateTime);

        using var server = SimpleSmtpServer.Start(fixture.SmtpPort);
        (await fixture.SendDueAsync()).ShouldBe(0); // not due yet: the retry waits
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        (await fixture.SendDueAsync()).ShouldBe(failed.Count);
        server.ReceivedEmail.Select(Parse).ShouldContain(m => m.Subject == $"Được phân công vào đoàn: {c.Code}");
    }

    [Fact]
    public async Task Should_keep_notifications_in_the_app_only_for_a_user_who_chose_no_email()
    {
        await fixture.DrainAsync();
        await SetEmailChoiceAsync("inspector2", false);
        try
        {
            var c = await fixture.NewCase();
            var notification = (await ForCaseAsync("inspector2", c.Id)).Single(n => n.Kind == NotificationKinds.TeamAssigned);
            (await fixture.OutboxAsync()).ShouldNotContain(m => m.NotificationId == notification.Id);
            var toInspector = (await ForCaseAsync("inspector", c.Id)).Single(n => n.Kind == NotificationKinds.TeamAssigned);
            (await fixture.OutboxAsync()).ShouldContain(m => m.NotificationId == toInspector.Id);
        }
        finally
        {
            await SetEmailChoiceAsync("inspector2", true);
            await fixture.DrainAsync();
        }
    }

    private Task SetEmailChoiceAsync(string userName, bool email)
        => fixture.RunAsAsync("admin", async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            user.EmailNotifications = email;
            (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
            return 0;
        });
}
