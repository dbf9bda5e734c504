using CsCheck;
using InspectionSuite.Application.Tests.Planning;
using InspectionSuite.Organization;
using InspectionSuite.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Organization;

/// <summary>Issue 18: the register form and API add, edit and retire units with the CSV import's rules.</summary>
public sealed class UnitRegisterFormTests(PlanningFixture fixture) : IClassFixture<PlanningFixture>
{
    private Task<T> Units<T>(string user, Func<IUnitAppService, Task<T>> work) => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<IUnitAppService>()));

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.Const(""), Gen.Const("   "),
        Gen.Char["abcxyzABCXYZ019 ĐđÀàẫỹ-"].Array[1, 30].Select(c => new string(c)),
        Gen.Char["ABCXYZ0189"].Array[UnitConsts.MaxCodeLength - 2, UnitConsts.MaxNameLength + 3].Select(c => new string(c)));

    private static readonly Gen<DateOnly?> Day = Gen.OneOf(Gen.Const((DateOnly?)null), Gen.Int[0, 3000].Select(d => (DateOnly?)new DateOnly(2025, 1, 1).AddDays(d)));

    /// <summary>One concept, one place: a CSV line is accepted exactly when the form's (and API's) validator accepts the same unit.</summary>
    [Fact]
    public void Should_accept_a_unit_in_the_form_exactly_when_the_csv_import_accepts_its_line()
    {
        var validator = new CreateUnitDtoValidator();
        Gen.Select(Text, Text, Day, Day).Sample((code, name, from, to) =>
        {
            var csv = $"code,name,kind,valid_from,valid_to\n{code},{name},Commune,{from:yyyy-MM-dd},{to:yyyy-MM-dd}\n";
            var byCsv = UnitCsvParser.Parse(csv).IsValid;
            var byForm = validator.Validate(new CreateUnitDto(code, name, UnitKind.Commune, from, to)).IsValid;
            return byCsv == byForm;
        });
    }

    [Fact]
    public async Task Should_add_a_unit_and_refuse_a_code_already_registered()
    {
        var created = await Units("admin", s => s.CreateAsync(new CreateUnitDto(" FORM-1 ", "Xã Mẫu Đơn", UnitKind.Commune, new DateOnly(2026, 7, 1), null)));
        created.Code.ShouldBe("FORM-1");
        created.Stratum.ShouldBe(Stratum.Local);
        var duplicate = await Should.ThrowAsync<BusinessException>(() => Units("admin", s => s.CreateAsync(new CreateUnitDto("form-1", "Xã Khác", UnitKind.Ward, null, null))));
        duplicate.Code.ShouldBe(InspectionSuiteErrorCodes.UnitCodeDuplicate);
        (await Units("admin", s => s.GetListAsync(new GetUnitListInput { Filter = "FORM-1" }))).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_the_form_without_the_manage_permission()
    {
        await Should.ThrowAsync<ForbiddenException>(() => Units("inspector", s => s.CreateAsync(new CreateUnitDto("FORM-X", "Xã X", UnitKind.Commune, null, null))));
        (await Units("admin", s => s.GetListAsync(new GetUnitListInput { Filter = "FORM-X" }))).TotalCount.ShouldBe(0);
    }

    /// <summary>Retiring is soft: the unit leaves the universe of later plans, stays in the register and keeps its id.</summary>
    [Fact]
    public async Task Should_leave_a_retired_unit_out_of_later_universes_and_keep_it_in_the_register()
    {
        var department = (await Units("admin", s => s.GetListAsync(new GetUnitListInput { Kind = UnitKind.Department, MaxResultCount = 1 }))).Items.Single();
        var before = await fixture.DrawAsync(await fixture.CreateAsync(AuthorityCode.NoiVu, 2033), "retire-before");
        var departmentsBefore = before.Strata.Single(s => s.Stratum == Stratum.Department).N;

        var retired = await Units("admin", s => s.RetireAsync(department.Id, new RetireUnitDto(new DateOnly(2033, 12, 31), department.ConcurrencyStamp)));
        retired.ValidTo.ShouldBe(new DateOnly(2033, 12, 31));

        var after = await fixture.DrawAsync(await fixture.CreateAsync(AuthorityCode.NoiVu, 2034), "retire-after");
        after.Strata.Single(s => s.Stratum == Stratum.Department).N.ShouldBe(departmentsBefore - 1);
        (await Units("admin", s => s.GetAsync(department.Id))).Code.ShouldBe(department.Code); // history kept

        var again = await Should.ThrowAsync<BusinessException>(() => Units("admin", s => s.RetireAsync(department.Id, new RetireUnitDto(new DateOnly(2034, 6, 30), retired.ConcurrencyStamp))));
        again.Code.ShouldBe(InspectionSuiteErrorCodes.UnitAlreadyRetired);
        (await Units("admin", s => s.GetAsync(department.Id))).ValidTo.ShouldBe(new DateOnly(2033, 12, 31)); // nothing changed
    }
}
