using InspectionSuite.Organization;
using InspectionSuite.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Organization;

public sealed class UnitRegisterReplacementTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Should_replace_demo_rows_and_record_a_merge()
    {
        var result = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IUnitAppService>().ImportCsvAsync("""
            code,name,kind,valid_from,valid_to,predecessors
            X001,Xã Tịnh Khê,Commune,2025-07-01,,
            X002,Xã An Phú,Commune,2025-07-01,,
            X100,"Xã Tịnh Khê – An Phú (sáp nhập)",Commune,2027-01-01,,X001;X002
            """));
        result.Succeeded.ShouldBeTrue();
        result.Created.ShouldBe(1);
        result.Updated.ShouldBe(2);
        result.DemoRowsRemoved.ShouldBe(111 - 2);

        var list = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IUnitAppService>().GetListAsync(new GetUnitListInput { MaxResultCount = 200 }));
        list.TotalCount.ShouldBe(3);
        list.Items.ShouldAllBe(u => !u.IsDemo);
        var merged = list.Items.Single(u => u.Code == "X100");
        merged.PredecessorCodes.Order().ShouldBe(["X001", "X002"]);
        list.Items.Single(u => u.Code == "X001").ValidTo.ShouldBe(new DateOnly(2026, 12, 31));
    }
}
