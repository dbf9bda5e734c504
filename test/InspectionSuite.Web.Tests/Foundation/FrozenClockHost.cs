using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>The app with its clock stopped at 18:30:15 UTC today: 01:30:15 tomorrow in Vietnam.</summary>
public sealed class FrozenClockHost : IAsyncLifetime
{
    public static readonly DateTimeOffset Instant = new(DateTime.UtcNow.Date.AddHours(18).AddMinutes(30).AddSeconds(15), TimeSpan.Zero);

    public WebTestHost Host { get; } = WebTestHost.With([], b => b.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Instant)));

    public Task InitializeAsync() => Host.InitializeAsync();
    public Task DisposeAsync() => Host.DisposeAsync();
}
