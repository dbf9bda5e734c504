using Microsoft.EntityFrameworkCore;
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
    private readonly SqliteFileDatabase database = new("checkpoints.db", services =>
        services.AddSingleton(new SqliteWalCheckpointOptions { Interval = TimeSpan.FromMilliseconds(20), FinishUnderGateAboveFrames = 50 }));
    private SqliteWalCheckpointHost host = null!;
    private bool started;

    public Task InitializeAsync()
    {
        host = database.Provider.GetServices<IHostedService>().OfType<SqliteWalCheckpointHost>().Single();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (started) await StopAsync();
        await database.DisposeAsync();
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

    private async Task<long> AutoCheckpointOfAsync(bool changesData)
    {
        var (scope, db) = database.Scope(changesData);
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
        var commands = database.Provider.GetRequiredService<SqliteConnectionPools>().Commands;
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
        var (scope, db) = database.Scope(changesData: true);
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
        while (new FileInfo(database.File).Length < written && DateTime.UtcNow < deadline) await Task.Delay(50);
        new FileInfo(database.File).Length.ShouldBeGreaterThanOrEqualTo(written);
        // A log that never started again would hold every page written (its file keeps its longest length).
        new FileInfo(database.File + "-wal").Length.ShouldBeLessThan(written / 2);
    }
}
