namespace InspectionSuite.Auditing;

public static class AuditRecordKind
{
    public const string Request = "Request";
    public const string EntityChange = "EntityChange";
    public const string Command = "Command";
}

/// <summary>
/// One append-only audit record. Records form a keyed hash chain: <see cref="Hash"/> is an HMAC-SHA256, under the
/// <see cref="AuditChainKey"/>, of every field and the previous record's hash, so editing or deleting a row breaks
/// verification from that point on, and nobody without the key can re-seal the records after an edit.
/// </summary>
public sealed class AuditLogRecord
{
    public const int MaxShortLength = 256;
    public const int MaxSummaryLength = 4000;

    public long Sequence { get; private set; }
    public DateTime TimeUtc { get; private set; }
    public string Kind { get; private set; } = "";
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public string Action { get; private set; } = "";
    public string? Target { get; private set; }
    public string? Summary { get; private set; }
    public string? Result { get; private set; }
    public long? DurationMs { get; private set; }
    public string? ClientIp { get; private set; }
    public string? CorrelationId { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    private AuditLogRecord() { }

    public AuditLogRecord(DateTime timeUtc, string kind, Guid? userId, string? userName, string action, string? target,
        string? summary, string? result, long? durationMs, string? clientIp, string? correlationId)
    {
        TimeUtc = DateTime.SpecifyKind(timeUtc, DateTimeKind.Utc);
        Kind = kind;
        UserId = userId;
        UserName = Truncate(userName, MaxShortLength);
        Action = Truncate(action, MaxShortLength) ?? "";
        Target = Truncate(target, MaxShortLength);
        Summary = Truncate(summary, MaxSummaryLength);
        Result = Truncate(result, MaxShortLength);
        DurationMs = durationMs;
        ClientIp = Truncate(clientIp, 64);
        CorrelationId = Truncate(correlationId, 64);
    }

    /// <summary>Places the record after the one whose hash is <paramref name="previousHash"/> and seals it with the key.</summary>
    public void Chain(long sequence, string previousHash, AuditChainKey key)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash(key);
    }

    public string ComputeHash(AuditChainKey key) => key.Seal(CanonicalForm());

    /// <summary>The plain SHA-256 that sealed records before the chain was keyed: verification names such records.</summary>
    public string ComputeUnkeyedHash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalForm())));

    private string CanonicalForm()
    {
        // Length-prefixed fields: no two different records share a canonical form.
        var sb = new StringBuilder();
        void Add(string? s) => sb.Append(s is null ? "-1:" : s.Length.ToString(CultureInfo.InvariantCulture) + ":" + s).Append('|');
        Add(Sequence.ToString(CultureInfo.InvariantCulture));
        Add(TimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
        Add(Kind);
        Add(UserId?.ToString("N"));
        Add(UserName);
        Add(Action);
        Add(Target);
        Add(Summary);
        Add(Result);
        Add(DurationMs?.ToString(CultureInfo.InvariantCulture));
        Add(ClientIp);
        Add(CorrelationId);
        Add(PreviousHash);
        return sb.ToString();
    }

    private static string? Truncate(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}

/// <summary>The outcome of walking the chain and checking it against its checkpoints.</summary>
public sealed record AuditVerification(bool IsIntact, long RecordsChecked, long? BrokenAtSequence, string? Reason, int CheckpointsChecked = 0);

/// <summary>
/// Walks records in sequence order and reports the first one that breaks the chain: a gap, a broken link, a seal that is
/// not the key's HMAC, or a record that differs from what a checkpoint saw; then a chain shorter than a checkpoint saw.
/// </summary>
public static class AuditChainVerifier
{
    public const string GenesisHash = "";

    public static async Task<AuditVerification> VerifyAsync(IAsyncEnumerable<AuditLogRecord> recordsInSequenceOrder, IReadOnlyCollection<AuditCheckpoint> checkpoints,
        AuditChainKey key, CancellationToken ct = default)
    {
        // A checkpoint is trusted only with the key's seal: one forged to match a shortened chain is itself a finding.
        if (checkpoints.Where(c => !c.IsAuthentic(key)).MinBy(c => c.RecordCount) is { } forged)
            return new AuditVerification(false, 0, forged.RecordCount, $"checkpoint {forged.Id} ({forged.TimeUtc:O}) is not sealed with the chain key (forged or edited)", checkpoints.Count);
        var seenAt = checkpoints.ToLookup(c => c.RecordCount);

        long expectedSequence = 1;
        var previousHash = GenesisHash;
        long checkedCount = 0;
        await foreach (var record in recordsInSequenceOrder.WithCancellation(ct))
        {
            string? broken = null;
            if (record.Sequence != expectedSequence)
                return new AuditVerification(false, checkedCount, expectedSequence, $"record {expectedSequence} is missing (next present is {record.Sequence})", checkpoints.Count);
            if (record.PreviousHash != previousHash)
                broken = "previous-hash link does not match the preceding record";
            else if (!key.Matches(record.ComputeHash(key), record.Hash))
                broken = record.ComputeUnkeyedHash() == record.Hash
                    ? "sealed with plain SHA-256, not the chain key (written before the chain was keyed, or re-sealed by someone without the key)"
                    : "content does not match its seal (edited, or sealed with another key)";
            else if (seenAt[record.Sequence].FirstOrDefault(c => c.LastHash != record.Hash) is { } differs)
                broken = $"differs from the record checkpoint {differs.Id} ({differs.TimeUtc:O}) saw at this position";
            if (broken is not null) return new AuditVerification(false, checkedCount, record.Sequence, broken, checkpoints.Count);
            previousHash = record.Hash;
            expectedSequence++;
            checkedCount++;
        }
        // Deleting the newest records (or all of them) leaves a valid chain: only a checkpoint knows it was longer.
        if (checkpoints.Count > 0 && checkpoints.MaxBy(c => c.RecordCount) is { } newest && newest.RecordCount > checkedCount)
            return new AuditVerification(false, checkedCount, checkedCount + 1,
                $"the chain ends at record {checkedCount} but checkpoint {newest.Id} ({newest.TimeUtc:O}) saw {newest.RecordCount} records: the newest records were deleted", checkpoints.Count);
        return new AuditVerification(true, checkedCount, null, null, checkpoints.Count);
    }
}

/// <summary>Appends records to the hash chain; they are chained and written by the next unit-of-work save.</summary>
public interface IAuditLogWriter
{
    void Append(AuditLogRecord record);
}

/// <summary>Request facts (client address, correlation id) stamped on the entity-change records of one scope.</summary>
public interface IAuditContext
{
    void Set(string? clientIp, string? correlationId);
}
