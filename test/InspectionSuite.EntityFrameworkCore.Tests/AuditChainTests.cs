using InspectionSuite.Auditing;
using InspectionSuite.Organization;
using InspectionSuite.Testing;
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
}
