namespace InspectionSuite.Auditing;

/// <summary>
/// An anchor for the chain kept outside the audit table: how many records it had and the newest one's hash at a time,
/// sealed with the chain key. Deleting the newest records (or all of them) leaves a chain that is valid on its own; a
/// checkpoint that saw more records, or another hash at its position, reports it.
/// </summary>
public sealed class AuditCheckpoint
{
    public long Id { get; private set; }
    public DateTime TimeUtc { get; private set; }
    public long RecordCount { get; private set; }
    public string LastHash { get; private set; } = "";
    public string Mac { get; private set; } = "";

    private AuditCheckpoint() { }

    public static AuditCheckpoint Seal(long recordCount, string lastHash, DateTime timeUtc, AuditChainKey key)
    {
        var checkpoint = new AuditCheckpoint { RecordCount = recordCount, LastHash = lastHash, TimeUtc = DateTime.SpecifyKind(timeUtc, DateTimeKind.Utc) };
        checkpoint.Mac = key.Seal(checkpoint.CanonicalForm());
        return checkpoint;
    }

    public bool IsAuthentic(AuditChainKey key) => key.Matches(key.Seal(CanonicalForm()), Mac);

    // A prefix of its own keeps a checkpoint's seal from ever equalling a record's.
    private string CanonicalForm() => string.Create(CultureInfo.InvariantCulture, $"checkpoint|{RecordCount}|{TimeUtc.Ticks}|{LastHash}");
}
