using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>How often <see cref="SqliteWalCheckpointHost"/> copies the log into the database file, and from how many frames on it finishes under the write gate.</summary>
public sealed class SqliteWalCheckpointOptions
{
    public TimeSpan Interval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>A log this long (in pages) is checkpointed once more with this process's writers held, so that it ends and the next writer restarts it.</summary>
    public int FinishUnderGateAboveFrames { get; init; } = 1000;
}

/// <summary>
/// Checkpoints the SQLite write-ahead log on a connection of its own, every <see cref="SqliteWalCheckpointOptions.Interval"/>,
/// instead of the committing writer: while it runs, the file's connections have SQLite's automatic checkpoint off.
/// </summary>
/// <remarks>
/// Why: the automatic checkpoint runs inside the commit that takes the log past 1,000 pages, so the writer copies the
/// log and waits for two fsyncs while holding the write lock (<see cref="SqliteWriteGate"/>) and every other command
/// waits behind it. Here each pass first copies what it can while writers go on (PASSIVE never waits for a lock); a
/// log still longer than <see cref="SqliteWalCheckpointOptions.FinishUnderGateAboveFrames"/> gets a second pass with the
/// gate held, which has little left to copy and, with no writer of this process adding pages meanwhile, reaches the
/// log's end, so the next writer starts the log again from its beginning (without it the log only grows). SQLite only,
/// file databases only; started with the host (a process without one, e.g. the CLI, keeps the automatic checkpoint).
/// Measured: test/InspectionSuite.Benchmarks/README.md ("The checkpoint moved out of the commit").
/// </remarks>
public sealed class SqliteWalCheckpointHost(SqliteConnectionPools pools, SqliteWalCheckpointOptions options, TimeProvider time,
    ILogger<SqliteWalCheckpointHost> logger) : BackgroundService, IHostedLifecycleService
{
    // Connection strings whose connections leave the checkpoint to a running host, with how many hosts run for them
    // (two hosts of one process on one file: tests).
    private static readonly ConcurrentDictionary<string, int> Running = new(StringComparer.Ordinal);

    /// <summary>Whether a connection of this string is checkpointed by a running host (<see cref="SqlitePragmas"/> turns the automatic checkpoint off).</summary>
    public static bool Checkpoints(string connectionString) => Running.TryGetValue(connectionString, out var hosts) && hosts > 0;

    // Before any hosted service starts (the database initializer opens the first pooled connections), so that every
    // pooled connection of the file is opened with the automatic checkpoint off.
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        foreach (var s in Strings) Running.AddOrUpdate(s, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        foreach (var s in Strings) Running.AddOrUpdate(s, 0, (_, n) => Math.Max(0, n - 1));
        return Task.CompletedTask;
    }

    private string[] Strings => [pools.Reads, pools.Commands];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Unpooled: this connection stays open for the host's life and never serves a query.
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(pools.Commands) { Pooling = false }.ToString());
            await connection.OpenAsync(stoppingToken);
            using var timer = new PeriodicTimer(options.Interval, time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CheckpointAsync(connection, options, stoppingToken);
                }
                catch (SqliteException ex)
                {
                    logger.LogWarning(ex, "Checkpoint of the SQLite log failed; trying again in {Interval}", options.Interval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    /// <summary>One pass; returns the log's length in pages after it (the second pass's, when it ran).</summary>
    internal static async Task<long> CheckpointAsync(SqliteConnection connection, SqliteWalCheckpointOptions options, CancellationToken ct)
    {
        var frames = await PassiveAsync(connection, ct);
        if (frames < options.FinishUnderGateAboveFrames) return frames;
        var gate = SqliteWriteGate.GateOf(connection);
        await gate.WaitAsync(ct);
        try
        {
            return await PassiveAsync(connection, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    // A row (busy, pages in the log, pages copied); busy = 1 when another checkpoint (another process's) runs.
    private static async Task<long> PassiveAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? reader.GetInt64(1) : 0;
    }
}
