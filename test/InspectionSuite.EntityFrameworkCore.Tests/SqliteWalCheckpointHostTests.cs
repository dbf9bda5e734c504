using InspectionSuite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>
/// While <see cref="SqliteWalCheckpointHost"/> runs, the file's connections do not checkpoint in their commits; the host
/// copies the log into the database file and lets the log start again, so it does not grow while writers go on.
/// </summary>
public sealed class SqliteWalCheckpointHostTests : IAsyncLifetime
{
    private sealed class SwitchableWorkload : IScopeWorkload
    {
        public bool ChangesData { get; set; }
    }

    private string file = null!;
    private ServiceProvider provider = null!;
    private SqliteWalCheckpointHost host = null!;
    private bool started;

    public Task InitializeAsync()
    {
        var directory = TestPaths.NewTempDirectory();
        file = Path.Combine(directory, "checkpoints.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = $"Data Source={file}",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<SwitchableWorkload>();
        services.AddScoped<IScopeWorkload>(sp => sp.GetRequiredService<SwitchableWorkload>());
        services.AddScoped<ICurrentUser>(_ => new SystemUser());
        services.AddSingleton(new SqliteWalCheckpointOptions { Interval = TimeSpan.FromMilliseconds(20), FinishUnderGateAboveFrames = 50 });
        services.AddInspectionSuiteDatabase(configuration, directory);
        services.AddAuditChainKey(configuration, directory, isDevelopment: true);
        provider = services.BuildServiceProvider();
        host = provider.GetServices<IHostedService>().OfType<SqliteWalCheckpointHost>().Single();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (started) await StopAsync();
        await provider.DisposeAsync();
    }

    private async Task StartAsync()
    {
        await host.StartingAsync(CancellationToken.None);
        await host.StartAsync(CancellationToken.None);
        started = true;
    }

    private async Task StopAsync()
    {
        started = false;
        await host.StopAsync(CancellationToken.None);
        await host.StoppedAsync(CancellationToken.None);
    }

    private (AsyncServiceScope Scope, InspectionSuiteDbContext Db) Scope(bool changesData)
    {
        var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SwitchableWorkload>().ChangesData = changesData;
        return (scope, scope.ServiceProvider.GetRequiredService<InspectionSuiteDbContext>());
    }

    private async Task<long> AutoCheckpointOfAsync(bool changesData)
    {
        var (scope, db) = Scope(changesData);
        await using (scope)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint";
            return Convert.ToInt64(await command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task Should_leave_the_checkpoint_to_the_host_on_connections_opened_while_it_runs()
    {
        var commands = provider.GetRequiredService<SqliteConnectionPools>().Commands;
        (await AutoCheckpointOfAsync(changesData: false)).ShouldBe(1000); // SQLite's default: no host yet
        SqliteWalCheckpointHost.Checkpoints(commands).ShouldBeFalse();

        await StartAsync();
        SqliteWalCheckpointHost.Checkpoints(commands).ShouldBeTrue();
        (await AutoCheckpointOfAsync(changesData: true)).ShouldBe(0);

        await StopAsync();
        SqliteWalCheckpointHost.Checkpoints(commands).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_copy_the_log_into_the_database_file_and_start_the_log_again_while_writers_go_on()
    {
        await StartAsync();
        const int transactions = 40, rowsEach = 60, rowBytes = 4000;
        var (scope, db) = Scope(changesData: true);
        await using (scope)
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE Filler (Id INTEGER PRIMARY KEY, Data BLOB NOT NULL)");
            for (var t = 0; t < transactions; t++)
            {
                // Through the write gate, as every command's transaction: the host's second pass waits for it.
                await using var transaction = await db.Database.BeginTransactionAsync();
                for (var r = 0; r < rowsEach; r++) await db.Database.ExecuteSqlRawAsync("INSERT INTO Filler (Data) VALUES (randomblob(4000))");
                await transaction.CommitAsync();
                await Task.Delay(5);
            }
        }

        // The rows reach the database file only by a checkpoint (the file's connections no longer checkpoint themselves).
        var written = (long)transactions * rowsEach * rowBytes;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (new FileInfo(file).Length < written && DateTime.UtcNow < deadline) await Task.Delay(50);
        new FileInfo(file).Length.ShouldBeGreaterThanOrEqualTo(written);
        // A log that never started again would hold every page written (its file keeps its longest length).
        new FileInfo(file + "-wal").Length.ShouldBeLessThan(written / 2);
    }
}
