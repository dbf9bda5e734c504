using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace InspectionSuite.Workflows.Persistence;

/// <summary>
/// Writes the two rows every transition produces — the instance's optimistic version bump and its journal entry —
/// as two plain statements inside the DbContext's transaction, instead of through change tracking and SaveChanges.
/// SQL, identifiers and parameter conversions come from the EF model and the provider (SQLite and SQL Server alike);
/// the statements are built once per model. Why: the tracked path cost more than the write (Benchmarks README, "Design notes").
/// </summary>
internal sealed class TransitionWriter
{
    private static readonly ConditionalWeakTable<IModel, TransitionWriter> PerModel = new();

    private static readonly string[] InstanceColumns = [nameof(WorkflowInstance.State), nameof(WorkflowInstance.Status), nameof(WorkflowInstance.Version), nameof(WorkflowInstance.UpdatedAtUtc)];
    private static readonly string[] JournalColumns =
    [
        nameof(WorkflowJournalEntry.InstanceId), nameof(WorkflowJournalEntry.Sequence), nameof(WorkflowJournalEntry.OccurredAtUtc), nameof(WorkflowJournalEntry.Kind),
        nameof(WorkflowJournalEntry.ActorId), nameof(WorkflowJournalEntry.ActorName), nameof(WorkflowJournalEntry.FromState), nameof(WorkflowJournalEntry.ToState),
        nameof(WorkflowJournalEntry.Trigger), nameof(WorkflowJournalEntry.PayloadSummary), nameof(WorkflowJournalEntry.PayloadJson), nameof(WorkflowJournalEntry.DurationMs),
    ];

    /// <summary>The instance properties a transition may change; anything else goes through SaveChanges.</summary>
    public static readonly IReadOnlySet<string> WritableInstanceProperties = new HashSet<string>(InstanceColumns, StringComparer.Ordinal);

    private readonly IRelationalCommand _update;
    private readonly IRelationalCommand _insert;
    private readonly string[] _updateParameters;
    private readonly string[] _insertParameters;

    private TransitionWriter(DbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var commands = db.GetService<IRelationalCommandBuilderFactory>();
        var instance = db.Model.FindEntityType(typeof(WorkflowInstance))!;
        var journal = db.Model.FindEntityType(typeof(WorkflowJournalEntry))!;
        var instanceTable = StoreObjectIdentifier.Table(instance.GetTableName()!, instance.GetSchema());
        var journalTable = StoreObjectIdentifier.Table(journal.GetTableName()!, journal.GetSchema());
        var n = 0;
        (string Column, string Placeholder, string Name, RelationalTypeMapping Mapping) Column(IEntityType type, StoreObjectIdentifier table, string property)
        {
            var p = type.FindProperty(property)!;
            var name = "wf" + n++;
            return (sql.DelimitIdentifier(p.GetColumnName(table)!), sql.GenerateParameterNamePlaceholder(name), name, p.GetRelationalTypeMapping());
        }
        // The model's type mapping of each column converts the value (enums stored as text, dates) as SaveChanges would.
        IRelationalCommand Command(string text, IEnumerable<(string Column, string Placeholder, string Name, RelationalTypeMapping Mapping)> parameters)
        {
            var builder = commands.Create().Append(text);
            foreach (var p in parameters) builder.AddParameter(p.Name, sql.GenerateParameterName(p.Name), p.Mapping, nullable: null);
            return builder.Build();
        }

        var set = InstanceColumns.Select(c => Column(instance, instanceTable, c)).ToList();
        var id = Column(instance, instanceTable, nameof(WorkflowInstance.Id));
        var expected = Column(instance, instanceTable, nameof(WorkflowInstance.Version));
        var update = (List<(string Column, string Placeholder, string Name, RelationalTypeMapping Mapping)>)[.. set, id, expected];
        _update = Command($"UPDATE {sql.DelimitIdentifier(instanceTable.Name, instanceTable.Schema)} SET {string.Join(", ", set.Select(c => $"{c.Column} = {c.Placeholder}"))} "
                          + $"WHERE {id.Column} = {id.Placeholder} AND {expected.Column} = {expected.Placeholder}", update);
        _updateParameters = [.. update.Select(c => c.Name)];

        var values = JournalColumns.Select(c => Column(journal, journalTable, c)).ToList();
        _insert = Command($"INSERT INTO {sql.DelimitIdentifier(journalTable.Name, journalTable.Schema)} ({string.Join(", ", values.Select(c => c.Column))}) "
                          + $"VALUES ({string.Join(", ", values.Select(c => c.Placeholder))})", values);
        _insertParameters = [.. values.Select(c => c.Name)];
    }

    public static TransitionWriter For(DbContext db) => PerModel.GetValue(db.Model, _ => new TransitionWriter(db));

    /// <summary>The two statements exactly as sent for this context's provider (the SQL Server parse check reads them).</summary>
    internal IReadOnlyList<string> Statements => [_update.CommandText, _insert.CommandText];

    /// <summary>Runs inside the context's current transaction. Returns false when the instance is no longer at <paramref name="expectedVersion"/>.</summary>
    /// <remarks>
    /// Built once as EF commands rather than as commands of our own, so that the context's command interceptors see them (on
    /// SQLite the kept statements of the connection: these two are the same SQL on every transition).
    /// </remarks>
    public async Task<bool> WriteAsync(DbContext db, WorkflowInstance instance, int expectedVersion, WorkflowJournalEntry entry, CancellationToken ct)
    {
        var connection = db.GetService<IRelationalConnection>();
        var logger = db.GetService<IRelationalCommandDiagnosticsLogger>();
        var updated = await _update.ExecuteNonQueryAsync(new RelationalCommandParameterObject(connection, Values(_updateParameters,
            [instance.State, instance.Status, instance.Version, instance.UpdatedAtUtc, instance.Id, expectedVersion]), null, db, logger), ct);
        if (updated != 1) return false;
        await _insert.ExecuteNonQueryAsync(new RelationalCommandParameterObject(connection, Values(_insertParameters,
            [entry.InstanceId, entry.Sequence, entry.OccurredAtUtc, entry.Kind, entry.ActorId, entry.ActorName, entry.FromState, entry.ToState,
             entry.Trigger, entry.PayloadSummary, entry.PayloadJson, entry.DurationMs]), null, db, logger), ct);
        return true;
    }

    private static Dictionary<string, object?> Values(string[] names, object?[] values)
    {
        var result = new Dictionary<string, object?>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++) result[names[i]] = values[i];
        return result;
    }
}
