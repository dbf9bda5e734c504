using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Identity;
using InspectionSuite.Notifications;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Browser;
using InspectionSuite.Web.Tests.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using InspectionSuite.Web.Tests.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Admin;

/// <summary>
/// Issue 18: the admin's per-user e-mail form on /Admin/Users and the user's own choice on /Account/Profile, which the
/// e-mail outbox honours.
/// </summary>
public sealed class AccountEmailHttpTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    private async Task<AppUser> UserAsync(Guid id)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id.ToString()))!;
    }

    private static Task<HttpResponseMessage> SetEmailAsync(TestClient admin, Guid id, string email)
        => Accounts.PostUsersPageAsync(admin, "Email", new() { ["id"] = id.ToString(), ["email"] = email });

    private static async Task<HttpResponseMessage> ChooseEmailAsync(TestClient user, bool on)
    {
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = await user.GetTokenAsync("/Account/Profile") };
        fields["EmailNotifications"] = on ? "true" : "false";
        return await user.Http.PostAsync("/Account/Profile", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task Should_set_and_clear_a_users_address_and_refuse_an_invalid_one_with_nothing_changed()
    {
        using var admin = host.CreateClient();
        await admin.LoginAsync("admin");
        var id = await Accounts.CreateUserAsync(host, admin, "mail.user", InspectionSuiteRoles.Inspector);

        (await SetEmailAsync(admin, id, " nguoi.dung@quangngai.gov.vn ")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await UserAsync(id)).Email.ShouldBe("nguoi.dung@quangngai.gov.vn");
        (await admin.Http.GetStringAsync("/Admin/Users?q=mail.user")).ShouldContain("nguoi.dung@quangngai.gov.vn");

        foreach (var invalid in new[] { "khong-phai-dia-chi", "a@b@c", "Tên <x@y.vn>" })
        {
            var refused = await SetEmailAsync(admin, id, invalid);
            refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var after = await admin.Http.GetStringAsync(refused.Headers.Location!.ToString());
            WebUtility.HtmlDecode(after).ShouldContain(LocalizationTexts.Vi["Notifications.EmailInvalid"]);
            (await UserAsync(id)).Email.ShouldBe("nguoi.dung@quangngai.gov.vn"); // nothing changed
        }

        (await SetEmailAsync(admin, id, "")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await UserAsync(id)).Email.ShouldBeNull();
    }

    [Theory]
    [InlineData("supervisor")]
    [InlineData("inspector")]
    [InlineData("unitrep")]
    public async Task Should_let_only_admins_set_an_address(string user)
    {
        using var admin = host.CreateClient();
        await admin.LoginAsync("admin");
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var target = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("leader"))!;
            using var client = host.CreateClient();
            await client.LoginAsync(user);
            var token = await client.GetTokenAsync("/Account/Profile");
            var response = await client.Http.PostAsync("/Admin/Users?handler=Email", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["id"] = target.Id.ToString(), ["email"] = "ke.gia.mao@example.vn", ["__RequestVerificationToken"] = token,
            }));
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        await using var check = host.App.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("leader"))!.Email.ShouldNotBe("ke.gia.mao@example.vn");
    }

    /// <summary>
    /// Two new team members with addresses: one keeps e-mail on, the other switches it on and then off on their profile.
    /// Assigned to a team, both get the in-app notification; only the first gets an outbox row.
    /// </summary>
    [Fact]
    public async Task Should_write_no_outbox_message_for_a_user_who_switched_email_off_on_the_profile()
    {
        using var admin = host.CreateClient();
        await admin.LoginAsync("admin");
        var wants = await Accounts.CreateUserAsync(host, admin, "mail.on", InspectionSuiteRoles.Inspector);
        var refuses = await Accounts.CreateUserAsync(host, admin, "mail.off", InspectionSuiteRoles.Inspector);
        await SetEmailAsync(admin, wants, "mail.on@quangngai.gov.vn");
        await SetEmailAsync(admin, refuses, "mail.off@quangngai.gov.vn");

        using var on = host.CreateClient();
        await on.LoginAsync("mail.on", Accounts.Password);
        (await ChooseEmailAsync(on, true)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await UserAsync(wants)).EmailNotifications.ShouldBeTrue();

        using var off = host.CreateClient();
        await off.LoginAsync("mail.off", Accounts.Password);
        (await ChooseEmailAsync(off, true)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await UserAsync(refuses)).EmailNotifications.ShouldBeTrue();
        (await ChooseEmailAsync(off, false)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await UserAsync(refuses)).EmailNotifications.ShouldBeFalse();
        (await off.Http.GetStringAsync("/Account/Profile")).ShouldNotContain("checked=\"checked\"");

        var api = new CaseJourneyApi(host.BaseAddress);
        using var supervisor = await api.ClientAsync("supervisor");
        var units = await supervisor.GetFromJsonAsync<JsonElement>("/api/units?filter=P09&take=50");
        var unitId = units.GetProperty("items").EnumerateArray().First(u => u.GetProperty("code").GetString() == "P09").GetProperty("id").GetGuid();
        var created = await supervisor.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
            "Thanh tra thử lựa chọn nhận thư", "2026", "KH 534", null, null, null), CaseWebHost.Json);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var c = (await created.Content.ReadFromJsonAsync<CaseDto>(CaseWebHost.Json))!;
        var decided = await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/decision",
            new RecordDecisionDto("77/QĐ-TTr", DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)), "Chánh Thanh tra tỉnh", c.ConcurrencyStamp), CaseWebHost.Json);
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        c = (await decided.Content.ReadFromJsonAsync<CaseDto>(CaseWebHost.Json))!;
        var team = await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/team", new AssignTeamDto(wants, [refuses], c.ConcurrencyStamp), CaseWebHost.Json);
        team.StatusCode.ShouldBe(HttpStatusCode.OK, await team.Content.ReadAsStringAsync());

        await using var scope = host.App.Services.CreateAsyncScope();
        var notifications = scope.ServiceProvider.GetRequiredService<IRepository<Notification>>();
        var outbox = scope.ServiceProvider.GetRequiredService<IRepository<EmailOutboxMessage>>();
        var ofCase = await notifications.ToListAsync(notifications.Query().Where(n => n.CaseId == c.Id));
        ofCase.ShouldContain(n => n.RecipientUserId == wants);
        ofCase.ShouldContain(n => n.RecipientUserId == refuses); // still told in the app
        var queued = (await outbox.ToListAsync(outbox.Query())).Select(m => m.NotificationId).ToHashSet();
        ofCase.Where(n => n.RecipientUserId == wants).ShouldAllBe(n => queued.Contains(n.Id));
        ofCase.Where(n => n.RecipientUserId == refuses).ShouldAllBe(n => !queued.Contains(n.Id));
    }
}
