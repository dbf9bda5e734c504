namespace InspectionSuite.Auditing;

/// <summary>
/// The secret that seals the audit chain and its checkpoints (HMAC-SHA256). It is kept outside the database (a setting or
/// a key file), so whoever can rewrite the audit tables still cannot re-seal what they changed.
/// </summary>
public sealed class AuditChainKey
{
    public const int MinimumBytes = 32;
    private readonly byte[] _key;

    public AuditChainKey(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumBytes) throw new ArgumentException($"The audit chain key must be at least {MinimumBytes} bytes.", nameof(key));
        _key = key.ToArray();
    }

    public static AuditChainKey NewRandom() => new(RandomNumberGenerator.GetBytes(MinimumBytes));

    public string Seal(string canonicalForm) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(canonicalForm)));

    /// <summary>Constant-time comparison of two seals.</summary>
    public bool Matches(string expectedSeal, string storedSeal)
        => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expectedSeal), Encoding.ASCII.GetBytes(storedSeal));
}
