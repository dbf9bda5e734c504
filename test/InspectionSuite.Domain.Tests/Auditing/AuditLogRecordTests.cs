using InspectionSuite.Auditing;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Tests.Auditing;

public sealed class AuditLogRecordTests
{
    private static readonly AuditChainKey Key = AuditChainKey.NewRandom();
    private static readonly DateTime Noon = new(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc);

    private static AuditLogRecord Record(string summary) =>
        new(new DateTime(2026, 11, 28, 8, 0, 0, DateTimeKind.Utc), AuditRecordKind.Request, Guid.Empty, "admin", "POST /x", "t", summary, "200", 5, "127.0.0.1", "c");

    private static async IAsyncEnumerable<AuditLogRecord> Stream(params AuditLogRecord[] records)
    {
        foreach (var r in records) { await Task.Yield(); yield return r; }
    }

    private static (AuditLogRecord A, AuditLogRecord B, AuditLogRecord C) Chain()
    {
        var a = Record("a"); a.Chain(1, AuditChainVerifier.GenesisHash, Key);
        var b = Record("b"); b.Chain(2, a.Hash, Key);
        var c = Record("c"); c.Chain(3, b.Hash, Key);
        return (a, b, c);
    }

    [Fact]
    public async Task Should_verify_a_chain_and_name_the_first_broken_link()
    {
        var (a, b, c) = Chain();
        (await AuditChainVerifier.VerifyAsync(Stream(a, b, c), [], Key)).IsIntact.ShouldBeTrue();

        var forgedB = Record("B"); forgedB.Chain(2, a.Hash, Key); // a re-sealed replacement for b
        var broken = await AuditChainVerifier.VerifyAsync(Stream(a, forgedB, c), [], Key);
        broken.IsIntact.ShouldBeFalse();
        broken.BrokenAtSequence.ShouldBe(3);

        var gap = await AuditChainVerifier.VerifyAsync(Stream(a, c), [], Key);
        gap.BrokenAtSequence.ShouldBe(2);
    }

    [Fact]
    public async Task Should_refuse_records_sealed_with_another_key()
    {
        var (a, b, c) = Chain();
        var other = AuditChainKey.NewRandom();
        // Whoever lacks the key can re-seal a record and every later one consistently, but not with the key's HMAC.
        b.Chain(2, a.Hash, other); c.Chain(3, b.Hash, other);
        var result = await AuditChainVerifier.VerifyAsync(Stream(a, b, c), [], Key);
        result.IsIntact.ShouldBeFalse();
        result.BrokenAtSequence.ShouldBe(2);
        result.Reason.ShouldNotBeNull().ShouldContain("does not match its seal");
    }

    [Fact]
    public async Task Should_report_a_chain_shorter_than_its_checkpoint_saw()
    {
        var (a, b, c) = Chain();
        var checkpoint = AuditCheckpoint.Seal(3, c.Hash, Noon, Key);

        (await AuditChainVerifier.VerifyAsync(Stream(a, b, c), [checkpoint], Key)).IsIntact.ShouldBeTrue();

        var shortened = await AuditChainVerifier.VerifyAsync(Stream(a), [checkpoint], Key);
        shortened.IsIntact.ShouldBeFalse();
        shortened.BrokenAtSequence.ShouldBe(2);
        shortened.Reason.ShouldNotBeNull().ShouldContain("saw 3 records");

        var empty = await AuditChainVerifier.VerifyAsync(Stream(), [checkpoint], Key);
        empty.IsIntact.ShouldBeFalse();
        empty.BrokenAtSequence.ShouldBe(1);
    }

    [Fact]
    public async Task Should_report_a_record_other_than_the_one_its_checkpoint_saw()
    {
        var (a, b, _) = Chain();
        var checkpoint = AuditCheckpoint.Seal(2, "another hash", Noon, Key);
        var result = await AuditChainVerifier.VerifyAsync(Stream(a, b), [checkpoint], Key);
        result.IsIntact.ShouldBeFalse();
        result.BrokenAtSequence.ShouldBe(2);
        result.Reason.ShouldNotBeNull().ShouldContain("checkpoint");
    }

    [Fact]
    public async Task Should_refuse_a_checkpoint_sealed_without_the_key()
    {
        var (a, _, _) = Chain();
        // Deleting b and c, then writing a checkpoint that matches the shortened chain, needs the key.
        var forged = AuditCheckpoint.Seal(1, a.Hash, Noon, AuditChainKey.NewRandom());
        var result = await AuditChainVerifier.VerifyAsync(Stream(a), [forged], Key);
        result.IsIntact.ShouldBeFalse();
        result.Reason.ShouldNotBeNull().ShouldContain("not sealed with the chain key");
    }

    [Fact]
    public void Should_not_confuse_field_boundaries()
    {
        var x = new AuditLogRecord(DateTime.UnixEpoch, "K", null, "ab", "c", null, null, null, null, null, null);
        var y = new AuditLogRecord(DateTime.UnixEpoch, "K", null, "a", "bc", null, null, null, null, null, null);
        x.Chain(1, "", Key); y.Chain(1, "", Key);
        x.Hash.ShouldNotBe(y.Hash);
    }

    [Fact]
    public void Should_refuse_a_key_shorter_than_256_bits()
        => Should.Throw<ArgumentException>(() => new AuditChainKey(new byte[16]));
}
