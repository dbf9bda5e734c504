using InspectionSuite.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>
/// A SQLite file in a new temporary directory, registered as the web app registers its database
/// (<see cref="DatabaseRegistration.AddInspectionSuiteDatabase"/>), with scopes that read or run a command.
/// </summary>
internal sealed class SqliteFileDatabase : IAsyncDisposable
{
    private sealed class SwitchableWorkload : IScopeWorkload
    {
        public bool ChangesData { get; set; }
    }

    public ServiceProvider Provider { get; }

    /// <param name="fileName">The database file's name in its directory.</param>
    public SqliteFileDatabase(string fileName)
    {
        var directory = TestPaths.NewTempDirectory();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = $"Data Source={Path.Combine(directory, fileName)}",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<SwitchableWorkload>();
        services.AddScoped<IScopeWorkload>(sp => sp.GetRequiredService<SwitchableWorkload>());
        services.AddScoped<ICurrentUser>(_ => new SystemUser());
        services.AddInspectionSuiteDatabase(configuration, directory);
        services.AddAuditChainKey(configuration, directory, isDevelopment: true);
        Provider = services.BuildServiceProvider();
    }

    /// <summary>A scope that reads (the reads' pool) or runs a command (the commands' pool), with its context.</summary>
    public (AsyncServiceScope Scope, InspectionSuiteDbContext Db) Scope(bool changesData)
    {
        var scope = Provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SwitchableWorkload>().ChangesData = changesData;
        return (scope, scope.ServiceProvider.GetRequiredService<InspectionSuiteDbContext>());
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();
}
