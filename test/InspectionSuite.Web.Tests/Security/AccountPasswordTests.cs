using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Security;

/// <summary>
/// Every signed-in user changes their own password (the old sessions end); the admin resets a password to a temporary
/// one, and until the user changes it every page leads to the change page and the API refuses with a code saying so.
/// </summary>
public sealed class AccountPasswordTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    private const string NewPassword = "N3w!Passw0rd";
    private const string TemporaryPassword = "Temp!0rary1";
    private const string Probe = "/api/me/permissions";

    private static async Task<HttpResponseMessage> ChangePasswordAsync(TestClient client, string current, string next, string? confirm = null)
    {
        var token = await client.GetTokenAsync("/Account/ChangePassword");
        return await client.Http.PostAsync("/Account/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current, ["Input.NewPassword"] = next, ["Input.ConfirmPassword"] = confirm ?? next,
            ["__RequestVerificationToken"] = token,
        }));
    }

    private async Task<HttpStatusCode> LoginStatusAsync(string userName, string password)
    {
        using var client = host.CreateClient();
        return (await client.LoginAsync(userName, password)).StatusCode; // 302 signed in, 200 the form again
    }

    private async Task<TestClient> SignedInAsync(string userName, string password)
    {
        var client = host.CreateClient();
        (await client.LoginAsync(userName, password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [Fact]
    public async Task Should_refuse_a_wrong_current_password_and_change_nothing()
    {
        using var admin = await SignedInAsync("admin", Seeding.DataSeeder.DemoPassword);
        await Accounts.CreateUserAsync(host, admin, "pw.wrong", "Inspector");
        using var user = await SignedInAsync("pw.wrong", Accounts.Password);

        var refused = await ChangePasswordAsync(user, "Not-The-0ne!", NewPassword);

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Mật khẩu hiện tại không đúng.");
        (await LoginStatusAsync("pw.wrong", Accounts.Password)).ShouldBe(HttpStatusCode.Redirect);
        (await LoginStatusAsync("pw.wrong", NewPassword)).ShouldBe(HttpStatusCode.OK);
        (await user.Http.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_refuse_a_new_password_that_breaks_the_rules_or_is_not_repeated()
    {
        using var admin = await SignedInAsync("admin", Seeding.DataSeeder.DemoPassword);
        await Accounts.CreateUserAsync(host, admin, "pw.rules", "Inspector");
        using var user = await SignedInAsync("pw.rules", Accounts.Password);

        (await ChangePasswordAsync(user, Accounts.Password, "short")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ChangePasswordAsync(user, Accounts.Password, NewPassword, "Other!Passw0rd")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        (await LoginStatusAsync("pw.rules", Accounts.Password)).ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Should_change_the_password_and_end_the_other_sessions()
    {
        using var admin = await SignedInAsync("admin", Seeding.DataSeeder.DemoPassword);
        await Accounts.CreateUserAsync(host, admin, "pw.change", "Leadership");
        using var here = await SignedInAsync("pw.change", Accounts.Password);
        using var elsewhere = await SignedInAsync("pw.change", Accounts.Password);
        using var bearer = await Accounts.BearerClientAsync(host, "pw.change", Accounts.Password);

        var changed = await ChangePasswordAsync(here, Accounts.Password, NewPassword);

        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await here.Http.GetStringAsync("/Account/ChangePassword")).ShouldContain("Đã đổi mật khẩu.");
        (await here.Http.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await elsewhere.Http.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await bearer.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await LoginStatusAsync("pw.change", Accounts.Password)).ShouldBe(HttpStatusCode.OK);
        (await LoginStatusAsync("pw.change", NewPassword)).ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Should_refuse_the_change_without_the_antiforgery_token()
    {
        using var admin = await SignedInAsync("admin", Seeding.DataSeeder.DemoPassword);
        await Accounts.CreateUserAsync(host, admin, "pw.csrf", "Inspector");
        using var user = await SignedInAsync("pw.csrf", Accounts.Password);

        var refused = await user.Http.PostAsync("/Account/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Accounts.Password, ["Input.NewPassword"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword,
        }));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await LoginStatusAsync("pw.csrf", Accounts.Password)).ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Should_force_a_change_after_the_admin_resets_the_password_then_let_the_user_in()
    {
        using var admin = await SignedInAsync("admin", Seeding.DataSeeder.DemoPassword);
        var id = await Accounts.CreateUserAsync(host, admin, "pw.reset", "Inspector");
        using var before = await SignedInAsync("pw.reset", Accounts.Password);

        var reset = await Accounts.PostUsersPageAsync(admin, "ResetPassword", new() { ["id"] = id.ToString(), ["temporaryPassword"] = TemporaryPassword });

        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await before.Http.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized); // the reset ended the session
        (await LoginStatusAsync("pw.reset", Accounts.Password)).ShouldBe(HttpStatusCode.OK);

        using var user = await SignedInAsync("pw.reset", TemporaryPassword);
        foreach (var page in new[] { "/", "/Inbox", "/Cases", "/Admin/Users" })
        {
            var response = await user.Http.GetAsync(page);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
            response.Headers.Location!.ToString().ShouldBe("/Account/ChangePassword", page);
        }
        var api = await user.Http.GetAsync(Probe);
        api.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(InspectionSuiteErrorCodes.PasswordChangeRequired);
        using (var bearer = await Accounts.BearerClientAsync(host, "pw.reset", TemporaryPassword))
            (await bearer.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await user.Http.GetStringAsync("/Account/ChangePassword")).ShouldContain("id=\"must-change\"");

        (await ChangePasswordAsync(user, TemporaryPassword, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await user.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Http.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var later = await SignedInAsync("pw.reset", NewPassword);
        (await later.Http.GetAsync("/Inbox")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_let_only_user_admins_reset_a_password()
    {
        using var admin = await SignedInAsync("admin", Seeding.DataSeeder.DemoPassword);
        var id = await Accounts.CreateUserAsync(host, admin, "pw.target", "Inspector");
        using var supervisor = await SignedInAsync("supervisor", Seeding.DataSeeder.DemoPassword);

        var token = await supervisor.GetTokenAsync("/Account/ChangePassword");
        var refused = await supervisor.Http.PostAsync("/Admin/Users?handler=ResetPassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = id.ToString(), ["temporaryPassword"] = TemporaryPassword, ["__RequestVerificationToken"] = token,
        }));

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await LoginStatusAsync("pw.target", Accounts.Password)).ShouldBe(HttpStatusCode.Redirect);
    }
}
