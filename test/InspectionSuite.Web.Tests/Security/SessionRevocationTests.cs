using System.Net;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Security;

/// <summary>A session (cookie or bearer token) ends as soon as what it was issued under changes: lock, role, sign-out.</summary>
public sealed class SessionRevocationTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    private const string Probe = "/api/me/permissions"; // any signed-in user with the dashboard permission

    private async Task<(TestClient Cookie, HttpClient Bearer)> SignedInTwiceAsync(string userName)
    {
        var cookie = host.CreateClient();
        (await cookie.LoginAsync(userName, Accounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var bearer = await Accounts.BearerClientAsync(host, userName, Accounts.Password);
        (await cookie.Http.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bearer.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (cookie, bearer);
    }

    private static async Task ShouldBeSignedOutAsync(TestClient cookie, HttpClient bearer)
    {
        (await cookie.Http.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await cookie.Http.GetAsync("/");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/Account/Login");
        (await bearer.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_refuse_the_cookie_and_the_token_of_a_user_right_after_the_admin_locks_them()
    {
        using var admin = host.CreateClient();
        await admin.LoginAsync("admin");
        var id = await Accounts.CreateUserAsync(host, admin, "session.lock", "Inspector");
        var (cookie, bearer) = await SignedInTwiceAsync("session.lock");
        using (cookie) using (bearer)
        {
            (await Accounts.PostUsersPageAsync(admin, "Lock", new() { ["id"] = id.ToString(), ["locked"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

            await ShouldBeSignedOutAsync(cookie, bearer);
        }
    }

    [Fact]
    public async Task Should_refuse_the_cookie_and_the_token_of_a_user_right_after_their_role_changes()
    {
        using var admin = host.CreateClient();
        await admin.LoginAsync("admin");
        var id = await Accounts.CreateUserAsync(host, admin, "session.role", "Leadership");
        var (cookie, bearer) = await SignedInTwiceAsync("session.role");
        using (cookie) using (bearer)
        {
            (await Accounts.PostUsersPageAsync(admin, "Role", new() { ["id"] = id.ToString(), ["newRole"] = "Inspector" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

            await ShouldBeSignedOutAsync(cookie, bearer);
            // Signing in again gives the new role's session.
            using var again = host.CreateClient();
            (await again.LoginAsync("session.role", Accounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await again.Http.GetAsync("/Reports/Sanctions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task Should_refuse_a_replayed_cookie_after_sign_out()
    {
        using var admin = host.CreateClient();
        await admin.LoginAsync("admin");
        await Accounts.CreateUserAsync(host, admin, "session.logout", "Supervisor");
        using var browser = host.CreateClient();
        (await browser.LoginAsync("session.logout", Accounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stolen = browser.Cookies.GetCookies(host.BaseAddress)["InspectionSuite.Auth"]!;
        using var replay = host.CreateClient();
        replay.Cookies.Add(host.BaseAddress, new Cookie(stolen.Name, stolen.Value));
        (await replay.Http.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var token = await browser.GetTokenAsync("/");
        (await browser.Http.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await replay.Http.GetAsync(Probe)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await replay.Http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
