using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Organization;
using InspectionSuite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

public sealed class PersistenceConventionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private async Task<Guid> NewUnitAsync(string code)
        => await fixture.RunAsAsync("admin", async sp =>
        {
            var db = sp.GetRequiredService<InspectionSuiteDbContext>();
            var unit = new Unit(Guid.NewGuid(), code, "Đơn vị thử " + code, UnitKind.Commune);
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            return unit.Id;
        });

    [Fact]
    public async Task Should_fill_creation_audit_fields_from_the_current_user()
    {
        var id = await NewUnitAsync("T-AUD");
        var (creator, admin) = await fixture.RunAsAsync("admin", async sp =>
        {
            var unit = await sp.GetRequiredService<InspectionSuiteDbContext>().Units.SingleAsync(u => u.Id == id);
            return (unit.CreatorId, sp.GetRequiredService<ICurrentUser>().Id);
        });
        creator.ShouldNotBeNull();
        creator.ShouldBe(admin);
    }

    [Fact]
    public async Task Should_hide_soft_deleted_rows_and_let_admins_bypass_the_filter()
    {
        var id = await NewUnitAsync("T-DEL");
        await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IUnitAppService>().DeleteAsync(id));

        await fixture.RunAsAsync("admin", async sp =>
        {
            var db = sp.GetRequiredService<InspectionSuiteDbContext>();
            (await db.Units.AnyAsync(u => u.Id == id)).ShouldBeFalse();
            var deleted = await db.Units.IgnoreQueryFilters().SingleAsync(u => u.Id == id);
            deleted.IsDeleted.ShouldBeTrue();
            deleted.DeleterId.ShouldNotBeNull();
            await Should.ThrowAsync<EntityNotFoundException>(() => sp.GetRequiredService<IUnitAppService>().GetAsync(id));
        });
        (await fixture.ScalarAsync($"SELECT COUNT(*) FROM Units WHERE Code = 'T-DEL'")).ShouldBe(1L); // row kept, only hidden

        // Admins may list deleted rows; others may not ask.
        var withDeleted = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IUnitAppService>()
            .GetListAsync(new GetUnitListInput { Filter = "T-DEL", IncludeDeleted = true }));
        withDeleted.Items.Single().IsDeleted.ShouldBeTrue();
        await Should.ThrowAsync<ForbiddenException>(() => fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<IUnitAppService>()
            .GetListAsync(new GetUnitListInput { Filter = "T-DEL", IncludeDeleted = true })));
    }

    [Fact]
    public async Task Should_refuse_a_stale_concurrency_stamp_and_write_nothing()
    {
        var id = await NewUnitAsync("T-CON");
        var original = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IUnitAppService>().GetAsync(id));

        // First supervisor saves with the stamp they read.
        await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IUnitAppService>()
            .UpdateAsync(id, new UpdateUnitDto("Tên thứ nhất", UnitKind.Commune, null, null, original.ConcurrencyStamp)));
        // Second one still holds the old stamp.
        await Should.ThrowAsync<ConcurrencyConflictException>(() => fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IUnitAppService>()
            .UpdateAsync(id, new UpdateUnitDto("Tên thứ hai", UnitKind.Ward, null, null, original.ConcurrencyStamp))));

        var now = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IUnitAppService>().GetAsync(id));
        now.Name.ShouldBe("Tên thứ nhất");
        now.Kind.ShouldBe(UnitKind.Commune);
        now.ConcurrencyStamp.ShouldNotBe(original.ConcurrencyStamp);
    }
}
