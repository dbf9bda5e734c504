using System.Net;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

public sealed class LockoutTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    [Fact]
    public async Task Should_lock_an_account_after_repeated_failures()
    {
        using var client = host.CreateClient();
        for (var i = 0; i < 5; i++) (await client.LoginAsync("leader", "wrong-password")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var locked = await client.LoginAsync("leader");
        // The form again, with the one message every failure gets (it mentions the lock without saying the account exists).
        locked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await locked.Content.ReadAsStringAsync()).ShouldContain("tạm khóa");
    }
}
