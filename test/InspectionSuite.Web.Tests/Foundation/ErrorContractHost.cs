using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>
/// The real app with limits low enough to reach: request bodies of at most <see cref="MaxBodyBytes"/>, and an /api
/// endpoint behind a rate limiter of <see cref="LimitedPermits"/> requests (the contract holds for any limiter's 429).
/// </summary>
public sealed class ErrorContractHost : IAsyncLifetime
{
    public const long MaxBodyBytes = 16 * 1024;
    public const int LimitedPermits = 2;
    public const string LimitedPath = "/api/test/limited";

    private readonly WebTestHost _host = WebTestHost.With([], b =>
        {
            b.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxBodyBytes);
            b.Services.Configure<RateLimiterOptions>(o => o.AddFixedWindowLimiter("error-contract-test",
                l => { l.PermitLimit = LimitedPermits; l.Window = TimeSpan.FromHours(1); l.QueueLimit = 0; }));
        },
        app => app.MapGet(LimitedPath, () => TypedResults.Ok()).RequireRateLimiting("error-contract-test").AllowAnonymous(),
        seedsLikeAPlainHost: true);

    public Uri BaseAddress => _host.BaseAddress;

    public Task InitializeAsync() => _host.InitializeAsync();

    public TestClient CreateClient() => _host.CreateClient();

    public async Task<TestClient> SignedInAsync(string user)
    {
        var client = CreateClient();
        (await client.LoginAsync(user)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    public async Task<HttpClient> BearerAsync(string user)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        var token = await http.PostAsJsonAsync("/api/account/token", new { userName = user, password = Seeding.DataSeeder.DemoPassword });
        token.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return http;
    }

    public Task DisposeAsync() => _host.DisposeAsync();
}
