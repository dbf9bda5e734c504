using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace InspectionSuite.Web.Tests.Monitoring;

/// <summary>The app with a clock the test moves forward (10:00 in Vietnam on the days it sets), from 10/09/2035.</summary>
public sealed class MonitoringClockHost : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2035, 9, 10, 3, 0, 0, TimeSpan.Zero));

    public WebTestHost Host { get; }

    public MonitoringClockHost() => Host = WebTestHost.With([], b => b.Services.AddSingleton<TimeProvider>(Clock));

    public void SetDate(int year, int month, int day) => Clock.SetUtcNow(new DateTimeOffset(year, month, day, 3, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => Host.InitializeAsync();
    public Task DisposeAsync() => Host.DisposeAsync();
}
