using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Security;

/// <summary>
/// Sign-in (login page and token endpoint) answers every failure alike and as expensively, and the token endpoint
/// cannot be used to lock an account out.
/// </summary>
public sealed class SignInTests(CountingHasherHost fixture) : IClassFixture<CountingHasherHost>
{
    private WebTestHost Host => fixture.Host;
    private static readonly Regex LoginError = new("id=\"login-error\">([^<]*)<", RegexOptions.Compiled);

    private async Task<JsonElement> TokenFailureAsync(string userName, string password)
    {
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        var response = await Accounts.RequestTokenAsync(http, userName, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string> LoginErrorAsync(string userName, string password)
    {
        using var client = Host.CreateClient();
        var response = await client.LoginAsync(userName, password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK); // the form again
        return LoginError.Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
    }

    [Fact]
    public async Task Should_answer_an_unknown_user_a_wrong_password_and_a_locked_account_alike()
    {
        using var admin = Host.CreateClient();
        await admin.LoginAsync("admin");
        var lockedId = await Accounts.CreateUserAsync(Host, admin, "signin.locked", "Inspector");
        (await Accounts.PostUsersPageAsync(admin, "Lock", new() { ["id"] = lockedId.ToString(), ["locked"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var unknown = await TokenFailureAsync("nobody.here", "Whatever1!");
        var wrong = await TokenFailureAsync("supervisor", "Whatever1!");
        var locked = await TokenFailureAsync("signin.locked", Accounts.Password); // the right password of a locked account
        foreach (var answer in new[] { unknown, wrong, locked })
        {
            answer.GetProperty("code").GetString().ShouldBe(InspectionSuiteErrorCodes.InvalidCredentials);
            answer.GetProperty("title").GetString().ShouldBe(unknown.GetProperty("title").GetString());
        }

        var pageUnknown = await LoginErrorAsync("nobody.here", "Whatever1!");
        pageUnknown.ShouldNotBeEmpty();
        (await LoginErrorAsync("supervisor", "Whatever1!")).ShouldBe(pageUnknown);
        (await LoginErrorAsync("signin.locked", Accounts.Password)).ShouldBe(pageUnknown);
    }

    [Fact]
    public async Task Should_hash_the_supplied_password_for_an_unknown_user_and_a_locked_account()
    {
        using var admin = Host.CreateClient();
        await admin.LoginAsync("admin");
        var lockedId = await Accounts.CreateUserAsync(Host, admin, "signin.hashed", "Inspector");
        (await Accounts.PostUsersPageAsync(admin, "Lock", new() { ["id"] = lockedId.ToString(), ["locked"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        foreach (var userName in new[] { "nobody.at.all", "signin.hashed" })
        {
            var before = fixture.Verifications;
            await TokenFailureAsync(userName, "Whatever1!");
            (fixture.Verifications - before).ShouldBe(1, userName);

            before = fixture.Verifications;
            await LoginErrorAsync(userName, "Whatever1!");
            (fixture.Verifications - before).ShouldBe(1, userName);
        }
    }

    [Fact]
    public async Task Should_not_lock_an_account_from_the_token_endpoint()
    {
        using var admin = Host.CreateClient();
        await admin.LoginAsync("admin");
        await Accounts.CreateUserAsync(Host, admin, "signin.target", "Leadership");
        for (var i = 0; i < 8; i++) await TokenFailureAsync("signin.target", "Guess" + i + "!x");

        using var owner = Host.CreateClient();
        (await owner.LoginAsync("signin.target", Accounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Accounts.BearerClientAsync(Host, "signin.target", Accounts.Password)).Dispose();
    }
}
