using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Security;

public sealed class TokenRateLimitTests(TokenRateLimitHost fixture) : IClassFixture<TokenRateLimitHost>
{
    [Fact]
    public async Task Should_answer_429_past_the_limit_per_user_name_and_per_address()
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        for (var i = 0; i < TokenRateLimitHost.PerUserName; i++)
            (await Accounts.RequestTokenAsync(http, "admin", "Wrong" + i + "!x")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var perUser = await Accounts.RequestTokenAsync(http, "ADMIN", "Wrong!x");
        perUser.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await perUser.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(InspectionSuiteErrorCodes.TooManySignInAttempts);

        // Other names go on until the address has used the login page's budget.
        var used = TokenRateLimitHost.PerUserName + 1;
        for (var i = used; i < TokenRateLimitHost.PerAddress; i++)
            (await Accounts.RequestTokenAsync(http, "someone" + i, "Wrong!x")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Accounts.RequestTokenAsync(http, "someone.else", "Wrong!x")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
