using InspectionSuite.Web.Tests.Infrastructure;
using Xunit;

namespace InspectionSuite.Web.Tests.Security;

/// <summary>The token endpoint's limits: per address (the login page's "login" policy) and per user name.</summary>
public sealed class TokenRateLimitHost : IAsyncLifetime
{
    public const int PerAddress = 6;
    public const int PerUserName = 3;
    public WebTestHost Host { get; } = WebTestHost.With([$"--RateLimits:LoginPerMinute={PerAddress}", $"--RateLimits:TokenPerUserNamePerMinute={PerUserName}"]);
    public Task InitializeAsync() => Host.InitializeAsync();
    public Task DisposeAsync() => Host.DisposeAsync();
}
