using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>
/// Reads and commands take SQLite connections from two pools of one file (<see cref="SqliteConnectionPools"/>): the reads'
/// connections map the file, the commands' do not, and writers of both still queue at the file's one write gate.
/// </summary>
public sealed class SqliteConnectionPoolsTests : IAsyncLifetime
{
    private readonly SqliteFileDatabase database = new("pools.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    private (AsyncServiceScope Scope, InspectionSuiteDbContext Db) Scope(bool changesData) => database.Scope(changesData);

    private async Task<(string ConnectionString, long MapSize, long TempStore)> ConnectionOfAsync(bool changesData)
    {
        var (scope, db) = Scope(changesData);
        await using (scope)
        {
            var connection = db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA mmap_size";
            var mapSize = Convert.ToInt64(await command.ExecuteScalarAsync());
            command.CommandText = "PRAGMA temp_store";
            return (connection.ConnectionString, mapSize, Convert.ToInt64(await command.ExecuteScalarAsync()));
        }
    }

    [Fact]
    public async Task Should_keep_temporary_tables_and_sub_journals_in_memory_on_both_pools()
    {
        // 2 = MEMORY. With the default (files), every fired trigger created, wrote and deleted a file in /var/tmp: a
        // statement's sub-journal spilled there (Benchmarks README, "What a fired trigger costs, in counts").
        (await ConnectionOfAsync(changesData: true)).TempStore.ShouldBe(2);
        (await ConnectionOfAsync(changesData: false)).TempStore.ShouldBe(2);
    }

    [Fact]
    public async Task Should_give_a_command_scope_a_connection_of_its_own_pool_without_the_memory_map_and_a_reading_scope_one_with_it()
    {
        var read = await ConnectionOfAsync(changesData: false);
        var command = await ConnectionOfAsync(changesData: true);
        // The pooled context of the command's scope, rented again by a reading scope, reads with the map again.
        var readAgain = await ConnectionOfAsync(changesData: false);

        read.MapSize.ShouldBe(1073741824);
        command.MapSize.ShouldBe(0);
        readAgain.MapSize.ShouldBe(1073741824);
        command.ConnectionString.ShouldNotBe(read.ConnectionString);
        readAgain.ConnectionString.ShouldBe(read.ConnectionString);
    }

    [Fact]
    public async Task Should_queue_a_reading_scope_s_writer_behind_a_command_s_transaction_at_the_file_s_one_gate()
    {
        var (commandScope, commandDb) = Scope(changesData: true);
        var (readScope, readDb) = Scope(changesData: false);
        await using (commandScope)
        await using (readScope)
        {
            var held = await commandDb.Database.BeginTransactionAsync();
            var gate = commandDb.HeldWriteGate.ShouldNotBeNull();
            var queuedFor = System.Diagnostics.Stopwatch.StartNew();
            var waiting = Task.Run(() => readDb.Database.BeginTransactionAsync());
            await Task.Delay(300);
            waiting.IsCompleted.ShouldBeFalse();
            readDb.HeldWriteGate.ShouldBeNull(); // waiting at the gate, not holding one of its own

            await held.CommitAsync();
            var committedWithin = queuedFor.Elapsed;
            await held.DisposeAsync();
            await using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
            // Given back within the gate's patience, the gate passes to the queued writer. A CI machine busy with browser
            // tests once stretched the 300 ms above past SqliteWriteGate.MaxWait: that writer then rightly stopped queueing
            // and took SQLite's busy timeout instead, which proves nothing either way about the hand-over.
            if (committedWithin < SqliteWriteGate.MaxWait - TimeSpan.FromMilliseconds(200)) readDb.HeldWriteGate.ShouldBeSameAs(gate);
        }
    }
}
