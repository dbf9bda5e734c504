using InspectionSuite.Inbox;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InspectionSuite.Web.Tests.Inbox;

/// <summary>The app with an inbox whose unit filter lists only the <see cref="TopUnits"/> units with most tasks, so the demo personas have units outside it.</summary>
public sealed class TopTwoUnitsHost : IAsyncLifetime
{
    public const int TopUnits = 2;

    public WebTestHost Host { get; } = WebTestHost.With([], b => b.Services.AddSingleton(new InboxOptions { TopUnits = TopUnits }),
        seedsLikeAPlainHost: true); // the option only shortens the page's unit list; seeding does not read it

    public Task InitializeAsync() => Host.InitializeAsync();
    public Task DisposeAsync() => Host.DisposeAsync();
}
