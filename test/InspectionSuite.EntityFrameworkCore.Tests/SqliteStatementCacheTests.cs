using System.Data;
using CsCheck;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using SQLitePCL;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>
/// A pooled context keeps its SQLite connection open between scopes (<see cref="KeptOpenSqliteRelationalConnection"/>), and
/// the connection keeps the statements it compiled (<see cref="SqliteStatementCache"/>): the same SQL runs again with new
/// parameters without being compiled again, and gives what a freshly compiled statement gives.
/// </summary>
public sealed class SqliteStatementCacheTests : IAsyncLifetime
{
    private const int StatementRuns = 6; // SQLITE_STMTSTATUS_RUN: how many times a statement has run

    private readonly SqliteFileDatabase database = new("statements.db");

    public async Task InitializeAsync()
        => await InScopeAsync(db => db.Database.ExecuteSqlRawAsync("CREATE TABLE Numbers (Value INTEGER NOT NULL)"));

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<T> InScopeAsync<T>(Func<InspectionSuiteDbContext, Task<T>> work)
    {
        var (scope, db) = database.Scope(changesData: false);
        await using var _ = scope;
        // SQLitePCL lists a connection's statements (StatementsOf) only once asked to keep track of them.
        ((SqliteConnection)db.Database.GetDbConnection()).Handle!.enable_sqlite3_next_stmt(true);
        return await work(db);
    }

    private static Task<List<long>> DoubledAsync(InspectionSuiteDbContext db, long value)
        => db.Database.SqlQuery<long>($"SELECT {value} * 2 AS \"Value\"").ToListAsync();

    /// <summary>Every statement compiled on the connection and not finalized, with how many times each has run.</summary>
    private static List<(string Sql, int Runs)> StatementsOf(System.Data.Common.DbConnection connection)
    {
        var handle = ((SqliteConnection)connection).Handle!;
        var statements = new List<(string, int)>();
        for (var stmt = raw.sqlite3_next_stmt(handle, null); stmt is not null && !stmt.IsInvalid; stmt = raw.sqlite3_next_stmt(handle, stmt))
            statements.Add((raw.sqlite3_sql(stmt).utf8_to_string(), raw.sqlite3_stmt_status(stmt, StatementRuns, 0)));
        return statements;
    }

    [Fact]
    public async Task Should_run_the_same_sql_of_later_scopes_on_the_statement_the_first_scope_compiled()
    {
        var connections = new List<System.Data.Common.DbConnection>();
        for (var value = 1; value <= 3; value++)
        {
            var v = value;
            var doubled = await InScopeAsync(async db =>
            {
                connections.Add(db.Database.GetDbConnection());
                return await DoubledAsync(db, v);
            });
            doubled.ShouldBe([v * 2L]);
        }

        // One pooled context served the three scopes, and its connection stayed open in between.
        var connection = connections.Distinct().ShouldHaveSingleItem();
        connection.State.ShouldBe(ConnectionState.Open);
        // One statement for the three runs: compiled once, run three times. Without the cache each run compiles its own
        // statement and finalizes it when EF disposes the command, so none would be left here.
        var doubling = StatementsOf(connection).Where(s => s.Sql.Contains("* 2 AS")).ShouldHaveSingleItem();
        doubling.Runs.ShouldBe(3);
        SqliteStatementCache.CountFor(connection).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_give_what_freshly_compiled_statements_give_for_any_sequence_of_writes_and_reads_nested_or_not()
    {
        // Operations: insert a value (in a transaction or not), count the rows equal to a value, and the same count while
        // a reader of the same statement is still open (that one cannot share the kept statement).
        var operation = Gen.Select(Gen.Int[0, 2], Gen.Long[0, 5], Gen.Long[0, 5]);
        await Gen.Select(operation.Array[1, 12], Gen.Int[1, 4]).SampleAsync(async (operations, scopes) =>
        {
            await InScopeAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM Numbers"));
            var expected = new List<long>();
            foreach (var chunk in operations.Chunk(Math.Max(1, operations.Length / scopes)))
            {
                await InScopeAsync(async db =>
                {
                    foreach (var (kind, a, b) in chunk)
                    {
                        switch (kind)
                        {
                            case 0:
                                await using (var transaction = await db.Database.BeginTransactionAsync())
                                {
                                    await db.Database.ExecuteSqlAsync($"INSERT INTO Numbers (Value) VALUES ({a})");
                                    await transaction.CommitAsync();
                                }
                                expected.Add(a);
                                break;
                            case 1:
                                await db.Database.ExecuteSqlAsync($"INSERT INTO Numbers (Value) VALUES ({a})");
                                expected.Add(a);
                                break;
                            default:
                                await foreach (var outer in db.Database.SqlQuery<long>($"SELECT COUNT(*) AS \"Value\" FROM Numbers WHERE Value = {a}").AsAsyncEnumerable())
                                {
                                    outer.ShouldBe(expected.Count(x => x == a));
                                    var inner = await db.Database.SqlQuery<long>($"SELECT COUNT(*) AS \"Value\" FROM Numbers WHERE Value = {b}").ToListAsync();
                                    inner.ShouldBe([expected.Count(x => x == b)]);
                                }
                                break;
                        }
                    }
                    return 0;
                });
            }
        }, iter: 40, threads: 1); // one at a time: the samples share the table
    }

    [Fact]
    public async Task Should_keep_at_most_the_limit_of_statements_per_connection_and_still_run_one_it_gave_up()
    {
        await InScopeAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            for (var i = 0; i < SqliteStatementCache.MaxStatementsPerConnection + 40; i++)
            {
                // A distinct text each time: the column alias differs.
                var values = await db.Database.SqlQueryRaw<long>($"SELECT {{0}} + {i} AS \"Value\" -- statement {i}", 5L).ToListAsync();
                values.ShouldBe([5L + i]);
                SqliteStatementCache.CountFor(connection).ShouldBeLessThanOrEqualTo(SqliteStatementCache.MaxStatementsPerConnection);
            }
            SqliteStatementCache.CountFor(connection).ShouldBe(SqliteStatementCache.MaxStatementsPerConnection);
            // The first one was given up (least recently used) and finalized; it compiles and runs again.
            StatementsOf(connection).ShouldNotContain(s => s.Sql.EndsWith("-- statement 0"));
            (await db.Database.SqlQueryRaw<long>("SELECT {0} + 0 AS \"Value\" -- statement 0", 9L).ToListAsync()).ShouldBe([9L]);
            return 0;
        });
    }

    [Fact]
    public async Task Should_forget_a_connections_statements_when_it_closes_and_close_kept_connections_with_the_application()
    {
        var connection = await InScopeAsync(async db =>
        {
            (await DoubledAsync(db, 4)).ShouldBe([8L]);
            return db.Database.GetDbConnection();
        });
        SqliteStatementCache.CountFor(connection).ShouldBeGreaterThan(0);

        await database.Provider.DisposeAsync();

        connection.State.ShouldBe(ConnectionState.Closed);
        SqliteStatementCache.CountFor(connection).ShouldBe(0);
    }
}
