using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Keeps the statements SQLite compiled for a connection, so that the same SQL on the same connection runs again without
/// being compiled again: EF hands each command's text and parameters to a kept <see cref="SqliteCommand"/> of that text.
/// </summary>
/// <remarks>
/// Why: Microsoft.Data.Sqlite compiles every command anew (its commands are disposed after each execution; nothing is kept
/// per connection, dotnet/efcore#14044), and compiling costs as much as running for most of this app's statements
/// (test/InspectionSuite.Benchmarks/README.md, "What a statement costs to compile"). A kept statement lives as long as its
/// connection stays open; <see cref="KeptOpenSqliteRelationalConnection"/> keeps a pooled context's connection open
/// between scopes. A connection that closes drops its statements (Microsoft.Data.Sqlite disposes its commands then).
/// At most <see cref="MaxStatementsPerConnection"/> per connection, the least recently used given up first. A statement
/// already running on the connection (a reader still open) is not shared: the second use gets EF's own command.
/// </remarks>
public sealed class SqliteStatementCache : DbCommandInterceptor
{
    public static readonly SqliteStatementCache Instance = new();

    public const int MaxStatementsPerConnection = 256;

    private static readonly ConditionalWeakTable<SqliteConnection, ConnectionStatements> Connections = new();

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
        => result is SqliteCommand { Connection: { State: ConnectionState.Open } connection } command
            ? Connections.GetValue(connection, c => new ConnectionStatements(c)).Take(command)
            : result;

    /// <summary>How many statements <paramref name="connection"/> keeps now (for tests and diagnostics).</summary>
    public static int CountFor(DbConnection connection)
        => connection is SqliteConnection sqlite && Connections.TryGetValue(sqlite, out var statements) ? statements.Count : 0;

    private sealed class ConnectionStatements
    {
        private readonly Dictionary<string, LinkedListNode<KeptSqliteCommand>> byText = new(StringComparer.Ordinal);
        private readonly LinkedList<KeptSqliteCommand> leastRecentlyUsedFirst = new();
        private readonly SqliteConnection connection;

        public ConnectionStatements(SqliteConnection connection)
        {
            this.connection = connection;
            // Close disposes the connection's commands (and so their statements): forget them then.
            connection.StateChange += (_, e) =>
            {
                if (e.CurrentState != ConnectionState.Open) Forget();
            };
        }

        public int Count => byText.Count;

        public DbCommand Take(SqliteCommand fresh)
        {
            if (!byText.TryGetValue(fresh.CommandText, out var node))
            {
                if (byText.Count >= MaxStatementsPerConnection && !GiveUpLeastRecentlyUsed()) return fresh;
                node = leastRecentlyUsedFirst.AddLast(new KeptSqliteCommand(new SqliteCommand(fresh.CommandText, connection)));
                byText.Add(fresh.CommandText, node);
            }
            else if (node.Value.InUse)
            {
                return fresh;
            }
            else
            {
                leastRecentlyUsedFirst.Remove(node);
                leastRecentlyUsedFirst.AddLast(node);
            }

            node.Value.TakeOver(fresh);
            fresh.Dispose();
            return node.Value;
        }

        private bool GiveUpLeastRecentlyUsed()
        {
            for (var node = leastRecentlyUsedFirst.First; node is not null; node = node.Next)
            {
                if (node.Value.InUse) continue;
                leastRecentlyUsedFirst.Remove(node);
                byText.Remove(node.Value.CommandText);
                node.Value.Inner.Dispose();
                return true;
            }
            return false;
        }

        private void Forget()
        {
            byText.Clear();
            leastRecentlyUsedFirst.Clear();
        }
    }
}
