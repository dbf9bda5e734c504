using InspectionSuite.Auditing;
using InspectionSuite.Organization;
using InspectionSuite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

public sealed class AuditChainTests
{
    private static async Task<AppFixture> FixtureWithChangesAsync()
    {
        var fixture = new AppFixture();
        await fixture.InitializeAsync();
        await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IUnitAppService>()
            .ImportCsvAsync("code,name,kind\nA-1,Xã Một,Commune\nA-2,Phường Hai,Ward\n"));
        return fixture;
    }

    private static Task<AuditVerification> VerifyAsync(AppFixture f)
        => f.RunAsAsync("admin", sp => sp.GetRequiredService<AuditLogAppService>().VerifyChainAsync());

    private static Task<AuditCheckpoint?> CheckpointAsync(AppFixture f)
        => f.RunAsAsync("admin", sp => sp.GetRequiredService<AuditLogAppService>().CheckpointAsync());

    private static async Task<long> CountAsync(AppFixture f) => (long)(await f.ScalarAsync("SELECT count(*) FROM AuditLog"))!;

    /// <summary>
    /// What a database administrator can do without the key: edit record <paramref name="from"/> and re-seal it and every
    /// later record with <paramref name="reseal"/>, so that each link and each seal is consistent with its neighbours.
    /// </summary>
    private static Task RewriteFromAsync(AppFixture f, long from, Action<InspectionSuiteDbContext, AuditLogRecord, string> reseal)
        => f.RunAsAsync("admin", async sp =>
        {
            var db = sp.GetRequiredService<InspectionSuiteDbContext>();
            var records = await db.AuditLog.Where(r => r.Sequence >= from - 1).OrderBy(r => r.Sequence).ToListAsync();
            var previous = from == 1 ? AuditChainVerifier.GenesisHash : records[0].Hash;
            var rewritten = from == 1 ? records : records.Skip(1).ToList();
            db.Entry(rewritten[0]).Property(r => r.Summary).CurrentValue = "nothing happened";
            foreach (var record in rewritten)
            {
                reseal(db, record, previous);
                previous = record.Hash;
            }
            await db.SaveChangesAsync();
        });

    private static void ResealWithPlainSha256(InspectionSuiteDbContext db, AuditLogRecord record, string previousHash)
    {
        var entry = db.Entry(record);
        entry.Property(r => r.PreviousHash).CurrentValue = previousHash;
        entry.Property(r => r.Hash).CurrentValue = record.ComputeUnkeyedHash();
    }

    [Fact]
    public async Task Should_record_entity_changes_with_old_and_new_values()
    {
        var f = await FixtureWithChangesAsync();
        try
        {
            var page = await f.RunAsAsync("admin", sp => sp.GetRequiredService<IAuditLogAppService>()
                .GetListAsync(new GetAuditLogInput { Kind = AuditRecordKind.EntityChange, Action = "Unit.Created", MaxResultCount = 200 }));
            page.Items.ShouldContain(r => r.Summary!.Contains("Xã Một") && r.UserName == "admin");
            (await VerifyAsync(f)).IsIntact.ShouldBeTrue();
        }
        finally { await f.DisposeAsync(); }
    }

    [Fact]
    public async Task Should_detect_a_direct_edit_of_a_record()
    {
        var f = await FixtureWithChangesAsync();
        try
        {
            var before = await VerifyAsync(f);
            before.IsIntact.ShouldBeTrue();
            before.RecordsChecked.ShouldBeGreaterThan(3);

            (await f.ExecuteSqlAsync("UPDATE AuditLog SET Summary = 'nothing happened' WHERE Sequence = 3")).ShouldBe(1);

            var after = await VerifyAsync(f);
            after.IsIntact.ShouldBeFalse();
            after.BrokenAtSequence.ShouldBe(3);
        }
        finally { await f.DisposeAsync(); }
    }

    [Fact]
    public async Task Should_detect_a_deleted_record()
    {
        var f = await FixtureWithChangesAsync();
        try
        {
            (await f.ExecuteSqlAsync("DELETE FROM AuditLog WHERE Sequence = 2")).ShouldBe(1);
            var after = await VerifyAsync(f);
            after.IsIntact.ShouldBeFalse();
            after.BrokenAtSequence.ShouldBe(2);
        }
        finally { await f.DisposeAsync(); }
    }

    [Fact]
    public async Task Should_detect_a_recomputed_hash_that_breaks_the_link()
    {
        var f = await FixtureWithChangesAsync();
        try
        {
            // An attacker who rewrites a record and its own hash still breaks the next record's link.
            (await f.ExecuteSqlAsync("UPDATE AuditLog SET Hash = (CASE WHEN substr(Hash, 1, 2) = 'ff' THEN '00' ELSE 'ff' END) || substr(Hash, 3) WHERE Sequence = 2")).ShouldBe(1);
            var after = await VerifyAsync(f);
            after.IsIntact.ShouldBeFalse();
            after.BrokenAtSequence.ShouldBe(2);
        }
        finally { await f.DisposeAsync(); }
    }

    [Fact]
    public async Task Should_verify_an_untouched_chain_with_its_checkpoints_as_intact()
    {
        var f = await FixtureWithChangesAsync();
        try
        {
            var first = await CheckpointAsync(f);
            first.ShouldNotBeNull().RecordCount.ShouldBe(await CountAsync(f));
            (await CheckpointAsync(f)).ShouldBeNull(); // nothing new to anchor
            await f.RunAsAsync("admin", sp => sp.GetRequiredService<IUnitAppService>().ImportCsvAsync("code,name,kind\nA-3,Xã Ba,Commune\n"));
            (await CheckpointAsync(f)).ShouldNotBeNull().RecordCount.ShouldBeGreaterThan(first.RecordCount);

            var result = await VerifyAsync(f);
            result.IsIntact.ShouldBeTrue(result.Reason);
            result.RecordsChecked.ShouldBe(await CountAsync(f));
            result.CheckpointsChecked.ShouldBe(2);
        }
        finally { await f.DisposeAsync(); }
    }

    [Fact]
    public async Task Should_report_deleted_newest_records_against_the_last_checkpoint()
    {
        var f = await FixtureWithChangesAsync();
        try
        {
            var checkpoint = (await CheckpointAsync(f)).ShouldNotBeNull();
            // Without a checkpoint the shortened chain would be valid on its own: every remaining link and seal is right.
            (await f.ExecuteSqlAsync($"DELETE FROM AuditLog WHERE Sequence > {checkpoint.RecordCount - 2}")).ShouldBe(2);

            var after = await VerifyAsync(f);
            after.IsIntact.ShouldBeFalse();
            after.BrokenAtSequence.ShouldBe(checkpoint.RecordCount - 1);
            after.Reason.ShouldNotBeNull().ShouldContain("deleted");
        }
        finally { await f.DisposeAsync(); }
    }

    [Fact]
    public async Task Should_report_an_emptied_audit_table()
    {
        var f = await FixtureWithChangesAsync();
        try
        {
            await CheckpointAsync(f);
            (await f.ExecuteSqlAsync("DELETE FROM AuditLog")).ShouldBeGreaterThan(0);

            var after = await VerifyAsync(f);
            after.IsIntact.ShouldBeFalse();
            after.RecordsChecked.ShouldBe(0);
            after.BrokenAtSequence.ShouldBe(1);
        }
        finally { await f.DisposeAsync(); }
    }

    [Fact]
    public async Task Should_report_an_edit_whose_following_seals_were_recomputed_with_plain_sha256()
    {
        var f = await FixtureWithChangesAsync();
        try
        {
            await RewriteFromAsync(f, 3, ResealWithPlainSha256);

            var after = await VerifyAsync(f);
            after.IsIntact.ShouldBeFalse();
            after.BrokenAtSequence.ShouldBe(3);
            after.Reason.ShouldNotBeNull().ShouldContain("plain SHA-256");
        }
        finally { await f.DisposeAsync(); }
    }

    [Fact]
    public async Task Should_report_an_edit_whose_following_seals_were_recomputed_with_another_key()
    {
        var f = await FixtureWithChangesAsync();
        try
        {
            var wrongKey = AuditChainKey.NewRandom();
            await RewriteFromAsync(f, 3, (_, record, previous) => record.Chain(record.Sequence, previous, wrongKey));

            var after = await VerifyAsync(f);
            after.IsIntact.ShouldBeFalse();
            after.BrokenAtSequence.ShouldBe(3);
            after.Reason.ShouldNotBeNull().ShouldContain("does not match its seal");
        }
        finally { await f.DisposeAsync(); }
    }

    [Fact]
    public async Task Should_report_records_sealed_before_the_chain_was_keyed()
    {
        var f = await FixtureWithChangesAsync();
        try
        {
            // A database written by the unkeyed chain: every record sealed with plain SHA-256 from the first one.
            await RewriteFromAsync(f, 1, ResealWithPlainSha256);

            var after = await VerifyAsync(f);
            after.IsIntact.ShouldBeFalse();
            after.BrokenAtSequence.ShouldBe(1);
            after.Reason.ShouldNotBeNull().ShouldContain("before the chain was keyed");
        }
        finally { await f.DisposeAsync(); }
    }

    [Fact]
    public async Task Should_report_a_checkpoint_forged_without_the_key_to_hide_deleted_records()
    {
        var f = await FixtureWithChangesAsync();
        try
        {
            var genuine = (await CheckpointAsync(f)).ShouldNotBeNull();
            var keep = genuine.RecordCount - 3;
            // The attacker deletes the newest records and the checkpoints, then writes one that matches the shortened chain.
            await f.ExecuteSqlAsync($"DELETE FROM AuditLog WHERE Sequence > {keep}");
            await f.ExecuteSqlAsync("DELETE FROM AuditCheckpoints");
            var lastHash = (string)(await f.ScalarAsync($"SELECT Hash FROM AuditLog WHERE Sequence = {keep}"))!;
            var forged = AuditCheckpoint.Seal(keep, lastHash, genuine.TimeUtc, AuditChainKey.NewRandom());
            await f.ExecuteSqlAsync("INSERT INTO AuditCheckpoints (TimeUtc, RecordCount, LastHash, Mac) " +
                                    $"VALUES ('{genuine.TimeUtc:yyyy-MM-dd HH:mm:ss.FFFFFFF}', {keep}, '{lastHash}', '{forged.Mac}')");

            var after = await VerifyAsync(f);
            after.IsIntact.ShouldBeFalse();
            after.Reason.ShouldNotBeNull().ShouldContain("not sealed with the chain key");
        }
        finally { await f.DisposeAsync(); }
    }
}
