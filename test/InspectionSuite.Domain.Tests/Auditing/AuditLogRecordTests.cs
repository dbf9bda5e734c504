using InspectionSuite.Auditing;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Tests.Auditing;

public sealed class AuditLogRecordTests
{
    private static AuditLogRecord Record(string summary) =>
        new(new DateTime(2026, 11, 28, 8, 0, 0, DateTimeKind.Utc), AuditRecordKind.Request, Guid.Empty, "admin", "POST /x", "t", summary, "200", 5, "127.0.0.1", "c");

    private static async IAsyncEnumerable<AuditLogRecord> Stream(params AuditLogRecord[] records)
    {
        foreach (var r in records) { await Task.Yield(); yield return r; }
    }

    [Fact]
    public async Task Should_verify_a_chain_and_name_the_first_broken_link()
    {
        var a = Record("a"); a.Chain(1, AuditChainVerifier.GenesisHash);
        var b = Record("b"); b.Chain(2, a.Hash);
        var c = Record("c"); c.Chain(3, b.Hash);
        (await AuditChainVerifier.VerifyAsync(Stream(a, b, c))).IsIntact.ShouldBeTrue();

        var forgedB = Record("B"); forgedB.Chain(2, a.Hash); // a re-sealed replacement for b
        var broken = await AuditChainVerifier.VerifyAsync(Stream(a, forgedB, c));
        broken.IsIntact.ShouldBeFalse();
        broken.BrokenAtSequence.ShouldBe(3);

        var gap = await AuditChainVerifier.VerifyAsync(Stream(a, c));
        gap.BrokenAtSequence.ShouldBe(2);
    }

    [Fact]
    public void Should_not_confuse_field_boundaries()
    {
        var x = new AuditLogRecord(DateTime.UnixEpoch, "K", null, "ab", "c", null, null, null, null, null, null);
        var y = new AuditLogRecord(DateTime.UnixEpoch, "K", null, "a", "bc", null, null, null, null, null, null);
        x.Chain(1, ""); y.Chain(1, "");
        x.Hash.ShouldNotBe(y.Hash);
    }
}
