namespace InspectionSuite.Auditing;

/// <summary>
/// The audit record of the scope's state-changing request, written by the scope's unit of work in the transaction of the
/// first save that commits a change: a committed change can then never lack its request record, not even after a crash
/// between the commit and the reply (issue 19 item 7; before, the record was a second transaction after the reply).
/// A request whose transaction never commits (refused, invalid, failed) is recorded afterwards by the caller, with its outcome.
/// </summary>
public interface IRequestAudit
{
    /// <summary>
    /// The record to write with the first committing save of the scope; <paramref name="describe"/> runs when a save takes
    /// it (after the endpoint read its input, before the reply exists: its result is <see cref="CommittedResult"/>).
    /// </summary>
    void RecordWithCommit(Func<AuditLogRecord> describe);

    /// <summary>A transaction that wrote the record has committed.</summary>
    bool Committed { get; }

    /// <summary>The result of a request record written with its command's change: the reply's status is not known yet, the commit is.</summary>
    public const string CommittedResult = "committed";
}
