using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
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

/// <summary>
/// A kept <see cref="SqliteCommand"/> as EF sees it for one execution: EF disposes the command it ran, which here only
/// hands the statement back to the connection's <see cref="SqliteStatementCache"/>.
/// </summary>
internal sealed class KeptSqliteCommand(SqliteCommand inner) : DbCommand
{
    public SqliteCommand Inner { get; } = inner;

    public bool InUse { get; private set; }

    /// <summary>This execution's parameters, transaction and timeout, from the command EF built.</summary>
    public void TakeOver(SqliteCommand fresh)
    {
        var parameters = Inner.Parameters;
        parameters.Clear();
        foreach (SqliteParameter parameter in fresh.Parameters) parameters.Add(parameter);
        fresh.Parameters.Clear();
        Inner.Transaction = fresh.Transaction;
        Inner.CommandTimeout = fresh.CommandTimeout;
        InUse = true;
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing) return;
        Inner.Parameters.Clear();
        Inner.Transaction = null;
        InUse = false;
    }

    [AllowNull]
    public override string CommandText
    {
        get => Inner.CommandText;
        set => Inner.CommandText = value;
    }

    public override int CommandTimeout
    {
        get => Inner.CommandTimeout;
        set => Inner.CommandTimeout = value;
    }

    public override CommandType CommandType
    {
        get => Inner.CommandType;
        set => Inner.CommandType = value;
    }

    public override bool DesignTimeVisible
    {
        get => Inner.DesignTimeVisible;
        set => Inner.DesignTimeVisible = value;
    }

    public override UpdateRowSource UpdatedRowSource
    {
        get => Inner.UpdatedRowSource;
        set => Inner.UpdatedRowSource = value;
    }

    protected override DbConnection? DbConnection
    {
        get => Inner.Connection;
        set => Inner.Connection = (SqliteConnection?)value;
    }

    protected override DbParameterCollection DbParameterCollection => Inner.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => Inner.Transaction;
        set => Inner.Transaction = (SqliteTransaction?)value;
    }

    public override void Cancel() => Inner.Cancel();

    public override int ExecuteNonQuery() => Inner.ExecuteNonQuery();

    public override object? ExecuteScalar() => Inner.ExecuteScalar();

    public override void Prepare() => Inner.Prepare();

    protected override DbParameter CreateDbParameter() => Inner.CreateParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Inner.ExecuteReader(behavior);
}
