namespace InspectionSuite.Auditing;

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
