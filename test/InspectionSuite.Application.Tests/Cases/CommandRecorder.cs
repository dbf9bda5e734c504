using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// Records the commands a watched context executes (contexts are pooled, so watching starts a fresh list), and where its
/// transactions begin, set a savepoint and commit (<see cref="Begin"/>, <see cref="Savepoint"/>, <see cref="Commit"/>).
/// </summary>
public sealed class CommandRecorder : DbCommandInterceptor, IDbTransactionInterceptor
{
    public const string Begin = "-- transaction started";
    public const string Savepoint = "-- savepoint";
    public const string Commit = "-- transaction committed";

    private readonly ConditionalWeakTable<DbContext, Watched> _watched = new();

    /// <summary>Starts recording; with <paramref name="withParameters"/>, each command's text ends with a line "-- @name=value, …".</summary>
    public List<string> Watch(DbContext context, bool withParameters = false)
    {
        var commands = new List<string>();
        _watched.AddOrUpdate(context, new Watched(commands, withParameters));
        return commands;
    }

    public void Stop(DbContext context) => _watched.Remove(context);

    private void Record(CommandEventData e)
    {
        if (e.Context is null || !_watched.TryGetValue(e.Context, out var watched)) return;
        watched.Commands.Add(watched.WithParameters
            ? e.Command.CommandText + "\n-- " + string.Join(", ", e.Command.Parameters.Cast<DbParameter>().Select(p => $"{p.ParameterName}={p.Value}"))
            : e.Command.CommandText);
    }

    private void Record(DbContext? context, string text)
    {
        if (context is not null && _watched.TryGetValue(context, out var watched)) watched.Commands.Add(text);
    }

    private sealed record Watched(List<string> Commands, bool WithParameters);

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData e, DbTransaction result, CancellationToken ct = default)
    {
        Record(e.Context, Begin);
        return ValueTask.FromResult(result);
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData e, DbTransaction result)
    {
        Record(e.Context, Begin);
        return result;
    }

    public ValueTask<InterceptionResult> CreatingSavepointAsync(DbTransaction transaction, TransactionEventData e, InterceptionResult result, CancellationToken ct = default)
    {
        Record(e.Context, Savepoint);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult CreatingSavepoint(DbTransaction transaction, TransactionEventData e, InterceptionResult result)
    {
        Record(e.Context, Savepoint);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData e, CancellationToken ct = default)
    {
        Record(e.Context, Commit);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData e) => Record(e.Context, Commit);

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData e, DbDataReader result) { Record(e); return result; }
    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData e, DbDataReader result, CancellationToken ct = default) { Record(e); return ValueTask.FromResult(result); }
    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData e, object? result) { Record(e); return result; }
    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData e, object? result, CancellationToken ct = default) { Record(e); return ValueTask.FromResult(result); }
    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData e, int result) { Record(e); return result; }
    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData e, int result, CancellationToken ct = default) { Record(e); return ValueTask.FromResult(result); }
}
