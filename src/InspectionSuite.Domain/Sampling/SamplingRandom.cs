namespace InspectionSuite.Sampling;

/// <summary>
/// The engine's own PRNG (xoshiro256**), seeded from SHA-256 so a draw never depends on
/// <see cref="System.Random"/>, whose algorithm is not a contract. Each unit gets its own stream,
/// seeded from SHA-256(SHA-256(seed) ‖ UTF-8 code), so input row order cannot change any key.
/// </summary>
public sealed class SamplingRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public SamplingRandom(ReadOnlySpan<byte> digest32)
    {
        if (digest32.Length < 32) throw new ArgumentException("need 32 bytes", nameof(digest32));
        _s0 = ReadUInt64(digest32, 0);
        _s1 = ReadUInt64(digest32, 8);
        _s2 = ReadUInt64(digest32, 16);
        _s3 = ReadUInt64(digest32, 24);
        if ((_s0 | _s1 | _s2 | _s3) == 0) _s0 = 0x9E3779B97F4A7C15UL; // xoshiro must not start all-zero
    }

    /// <summary>SHA-256 of the UTF-8 seed text.</summary>
    public static byte[] SeedDigest(string seed) => SHA256.HashData(Encoding.UTF8.GetBytes(seed));

    /// <summary>The stream of one unit: seeded from SHA-256(seedDigest ‖ UTF-8 code).</summary>
    public static SamplingRandom ForUnit(ReadOnlySpan<byte> seedDigest, string code)
    {
        var length = 32 + Encoding.UTF8.GetByteCount(code);
        Span<byte> buffer = length <= 512 ? stackalloc byte[length] : new byte[length];
        seedDigest[..32].CopyTo(buffer);
        Encoding.UTF8.GetBytes(code, buffer[32..]);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(buffer, digest);
        return new SamplingRandom(digest);
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in the open interval (0, 1): 53 random bits plus one half step, so never 0 or 1.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong ReadUInt64(ReadOnlySpan<byte> b, int offset)
        => System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(b[offset..]);
}
