using System.Net;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

public sealed class SharedDatabaseTests : IAsyncLifetime
{
    private readonly WebTestHost _first = new();
    private WebTestHost _second = null!;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = WebTestHost.OnSameDatabaseAs(_first);
        await _second.InitializeAsync();
    }

    [Fact]
    public async Task Should_accept_a_cookie_issued_by_another_instance_on_the_same_database()
    {
        using var a = _first.CreateClient();
        (await a.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = a.Cookies.GetCookies(_first.BaseAddress)["InspectionSuite.Auth"];
        cookie.ShouldNotBeNull();

        using var b = _second.CreateClient();
        b.Cookies.Add(_second.BaseAddress, new Cookie(cookie.Name, cookie.Value));
        var response = await b.Http.GetAsync("/");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("supervisor");
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }
}
