using InspectionSuite.Organization;
using InspectionSuite.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Organization;

public sealed class UnitImportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private Task<UnitImportResultDto> ImportAsync(string csv, string user = "admin")
        => fixture.RunAsAsync(user, sp => sp.GetRequiredService<IUnitAppService>().ImportCsvAsync(csv));

    private Task<int> CountAsync() => fixture.RunAsAsync("admin", async sp =>
        (await sp.GetRequiredService<IUnitAppService>().GetListAsync(new GetUnitListInput { MaxResultCount = 1 })).TotalCount);

    [Fact]
    public async Task Should_seed_the_demo_register_of_quang_ngai()
    {
        var list = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IUnitAppService>().GetListAsync(new GetUnitListInput { MaxResultCount = 200 }));
        var locals = list.Items.Where(u => u.Stratum == Stratum.Local && u.IsDemo).ToList();
        locals.Count.ShouldBe(96);
        locals.Count(u => u.Kind == UnitKind.Ward).ShouldBe(9);
        locals.Single(u => u.Kind == UnitKind.SpecialZone).Name.ShouldBe("Đặc khu Lý Sơn");
        list.Items.Count(u => u.Kind == UnitKind.Department).ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Should_reject_a_bad_file_with_line_numbers_and_import_nothing()
    {
        var before = await CountAsync();
        var result = await ImportAsync("""
            code,name,kind,valid_from
            NEW-1,Xã Mới,Commune,2026-01-01
            NEW-2,,Ward,2026-01-01
            NEW-3,Phường Ba,Town,2026-01-01
            NEW-1,Trùng mã,Commune,not-a-date
            """);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Select(e => e.Line).Distinct().ShouldBe([3, 4, 5]);
        result.Errors.ShouldContain(e => e.Line == 5 && e.Reason.Contains("duplicate code"));
        result.Errors.ShouldContain(e => e.Line == 5 && e.Reason.Contains("valid_from"));
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Should_reject_an_unknown_predecessor_and_import_nothing()
    {
        var before = await CountAsync();
        var result = await ImportAsync("code,name,kind,valid_from,valid_to,predecessors\nM-1,Xã Hợp Nhất,Commune,2026-07-01,,GHOST-1;GHOST-2\n");
        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldAllBe(e => e.Line == 2);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Should_refuse_import_without_the_permission()
    {
        await Should.ThrowAsync<ForbiddenException>(() => ImportAsync("code,name,kind\nZ-1,Xã Z,Commune\n", user: "inspector"));
    }
}
