using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InspectionSuite.Auditing;

public static class AuditRecordKind
{
    public const string Request = "Request";
    public const string EntityChange = "EntityChange";
    public const string Command = "Command";
}

/// <summary>
/// One append-only audit record. Records form a hash chain: <see cref="Hash"/> covers every field and the
/// previous record's hash, so editing or deleting a row breaks verification from that point on.
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

    /// <summary>Places the record after <paramref name="previous"/> (null for the first record) and seals it.</summary>
    public void Chain(long sequence, string previousHash)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public string ComputeHash()
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
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static string? Truncate(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}

/// <summary>The outcome of walking the chain.</summary>
public sealed record AuditVerification(bool IsIntact, long RecordsChecked, long? BrokenAtSequence, string? Reason);

/// <summary>Walks records in sequence order and reports the first one that breaks the chain.</summary>
public static class AuditChainVerifier
{
    public const string GenesisHash = "";

    public static async Task<AuditVerification> VerifyAsync(IAsyncEnumerable<AuditLogRecord> recordsInSequenceOrder, CancellationToken ct = default)
    {
        long expectedSequence = 1;
        var previousHash = GenesisHash;
        long checkedCount = 0;
        await foreach (var record in recordsInSequenceOrder.WithCancellation(ct))
        {
            if (record.Sequence != expectedSequence)
                return new AuditVerification(false, checkedCount, expectedSequence, $"record {expectedSequence} is missing (next present is {record.Sequence})");
            if (record.PreviousHash != previousHash)
                return new AuditVerification(false, checkedCount, record.Sequence, "previous-hash link does not match the preceding record");
            if (record.ComputeHash() != record.Hash)
                return new AuditVerification(false, checkedCount, record.Sequence, "content does not match its hash (edited)");
            previousHash = record.Hash;
            expectedSequence++;
            checkedCount++;
        }
        return new AuditVerification(true, checkedCount, null, null);
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
