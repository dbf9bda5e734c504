using InspectionSuite.Identity;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InspectionSuite.Web.Tests.Security;

/// <summary>The app with a counting password hasher.</summary>
public sealed class CountingHasherHost : IAsyncLifetime
{
    public WebTestHost Host { get; } = WebTestHost.With([], b =>
    {
        b.Services.AddSingleton<PasswordHasherCalls>();
        b.Services.AddScoped<IPasswordHasher<AppUser>, CountingPasswordHasher>();
    }, seedsLikeAPlainHost: true); // the counter only counts; hashes are the app's own

    public int Verifications => Host.App.Services.GetRequiredService<PasswordHasherCalls>().Verifications;
    public Task InitializeAsync() => Host.InitializeAsync();
    public Task DisposeAsync() => Host.DisposeAsync();
}
