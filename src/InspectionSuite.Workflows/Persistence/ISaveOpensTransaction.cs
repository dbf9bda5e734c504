namespace InspectionSuite.Workflows.Persistence;

/// <summary>
/// A DbContext whose SaveChanges opens its own transaction and runs the writes handed to it first thing in that
/// transaction: a transition's instance and journal rows (<see cref="TransitionWriter"/>) go in with the save's rows, while
/// what the save prepares beforehand (change detection, audit fields, entity-change records) runs before the transaction.
/// </summary>
/// <remarks>
/// Why: on SQLite the transaction is BEGIN IMMEDIATE, the one serialization point of every writer; a fire that opened it
/// before its save did all of the save's preparation while holding it. A context without this interface gets the
/// transition written in a transaction of the store's own, opened before the save (the workflow tests' context).
/// </remarks>
public interface ISaveOpensTransaction
{
    /// <summary>
    /// Runs <paramref name="write"/> as the first statements of the next SaveChanges call's transaction (again in each attempt
    /// of it, if the save retries). A write that throws fails the save, which rolls back. Forgotten when that call ends.
    /// </summary>
    void WriteFirstInNextSave(Func<CancellationToken, Task> write);
}
