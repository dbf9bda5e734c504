using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>
/// Records, as they start, each sweep statement (the UPDATE of the tasks' overdue flag: its SQL and parameters, and what
/// its context holds) and each read of the tasks (its SQL and parameters).
/// </summary>
public sealed class TaskStatementProbe : DbCommandInterceptor
{
    public sealed record Sweep(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, bool InTransaction, bool HeldWriteGate);

    public List<Sweep> Sweeps { get; } = [];

    public List<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> Reads { get; } = [];

    private static IReadOnlyList<(string Name, object? Value)> ParametersOf(DbCommand command)
        => command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList();

    private void Record(DbCommand command, CommandEventData e)
    {
        if (!command.CommandText.StartsWith("UPDATE \"WfHumanTasks\"", StringComparison.Ordinal) || !command.CommandText.Contains("SET \"IsOverdue\" =")) return;
        lock (Sweeps)
            Sweeps.Add(new Sweep(command.CommandText, ParametersOf(command),
                command.Transaction is not null, e.Context is InspectionSuiteDbContext { HeldWriteGate: not null }));
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData e, InterceptionResult<int> result)
    {
        Record(command, e);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData e, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Record(command, e);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData e, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        if (command.CommandText.Contains("FROM \"WfHumanTasks\"", StringComparison.Ordinal))
            lock (Reads) Reads.Add((command.CommandText, ParametersOf(command)));
        return ValueTask.FromResult(result);
    }
}
