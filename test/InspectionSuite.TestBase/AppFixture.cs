using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Identity;
using InspectionSuite.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace InspectionSuite.Testing;

/// <summary>
/// The application's real service graph over a real SQLite file in a temp directory: migrated with the
/// real migrations and seeded (reference data, demo units, demo users). Each test class gets its own
/// database through IClassFixture; tests act as a named user via <see cref="RunAsAsync{T}"/>.
/// </summary>
public class AppFixture : IAsyncLifetime
{
    public string Directory { get; } = TestPaths.NewTempDirectory();
    public string DatabasePath => Path.Combine(Directory, "test.db");
    public string ConnectionString => $"Data Source={DatabasePath}";
    public ServiceProvider Services { get; private set; } = null!;

    /// <summary>Hook for subclasses: extra or replaced registrations (e.g. a FakeTimeProvider).</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddScoped<TestCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        services.AddInspectionSuiteDatabase(configuration, Directory);
        // As in Development: the key file is generated under the fixture's App_Data.
        services.AddAuditChainKey(configuration, Directory, isDevelopment: true);
        services.AddInspectionSuiteApplication();
        services.AddIdentityCore<AppUser>().AddRoles<AppRole>().AddEntityFrameworkStores<InspectionSuiteDbContext>();
        ConfigureServices(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestCurrentUser>().UserName = "test-setup";
        scope.ServiceProvider.GetRequiredService<TestCurrentUser>().Roles = [InspectionSuiteRoles.Admin];
        await scope.ServiceProvider.GetRequiredService<DbMigrator>().MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(includeDemoUsers: true);
    }

    /// <summary>Runs <paramref name="work"/> in a fresh scope (a "request") as the given demo user, e.g. "inspector".</summary>
    public async Task<T> RunAsAsync<T>(string userName, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var user = await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName)
                   ?? throw new InvalidOperationException($"No user '{userName}' in the test database.");
        var current = sp.GetRequiredService<TestCurrentUser>();
        current.Id = user.Id;
        current.UserName = user.UserName;
        current.Roles = (await sp.GetRequiredService<UserManager<AppUser>>().GetRolesAsync(user)).ToArray();
        return await work(sp);
    }

    public Task RunAsAsync(string userName, Func<IServiceProvider, Task> work)
        => RunAsAsync(userName, async sp => { await work(sp); return true; });

    /// <summary>A scope with no signed-in user (anonymous).</summary>
    public async Task<T> RunAnonymousAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Raw SQL against the database file, bypassing the application (to simulate tampering).</summary>
    public async Task<int> ExecuteSqlAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>One column of every row the statement reads, as text, on a connection of its own.</summary>
    public async Task<List<string>> ReadColumnAsync(string sql, int column, IEnumerable<(string Name, object? Value)>? parameters = null)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters ?? []) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.GetValue(column).ToString()!);
        return values;
    }

    /// <summary>SQLite's plan for the statement as EF sent it: one step per row (EXPLAIN QUERY PLAN's "detail" column).</summary>
    public Task<List<string>> QueryPlanAsync(string sql, IEnumerable<(string Name, object? Value)> parameters)
        => ReadColumnAsync("EXPLAIN QUERY PLAN " + sql, 3, parameters);

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
