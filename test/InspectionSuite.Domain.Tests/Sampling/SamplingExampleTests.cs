using CsCheck;
using InspectionSuite.Organization;
using InspectionSuite.Sampling;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Tests.Sampling;

public sealed class SamplingExampleTests
{
    private static SamplingRequest Request(params SamplingUnit[] units) => new()
    {
        Year = 2027, Authority = AuthorityCode.NoiVu, Seed = "QN-2027", Units = units,
    };

    private static SamplingUnit[] Departments(int n) => Enumerable.Range(0, n).Select(i => new SamplingUnit($"D{i:D2}", UnitKind.Department)).ToArray();

    [Fact]
    public void Should_reproduce_the_pinned_draw_of_algorithm_version_1_0()
    {
        // If this fails, a published draw would no longer reproduce: bump AlgorithmVersion and re-pin on purpose.
        var r = SamplingEngine.Select(Request(Departments(20)));
        r.AlgorithmVersion.ShouldBe("is-sampling/1.1");
        r.SelectedCodes().ShouldBe(PinnedDraw);
    }

    private const string PinnedDraw = "D00,D06,D07,D08";

    [Fact]
    public void Should_let_a_merged_unit_inherit_the_oldest_last_check_of_its_predecessors_and_keep_its_own_newer_check()
    {
        var units = new[]
        {
            new SamplingUnit("A", UnitKind.Commune, ValidTo: new DateOnly(2025, 6, 30)),
            new SamplingUnit("B", UnitKind.Commune, ValidTo: new DateOnly(2025, 6, 30)),
            new SamplingUnit("AB", UnitKind.Commune, new DateOnly(2025, 7, 1), Predecessors: ["A", "B"]),
            new SamplingUnit("C", UnitKind.Commune, ValidTo: new DateOnly(2025, 6, 30)),
            new SamplingUnit("CD", UnitKind.Commune, new DateOnly(2025, 7, 1), Predecessors: ["C", "D0"]),
            new SamplingUnit("E", UnitKind.Commune, ValidTo: new DateOnly(2025, 6, 30)),
            new SamplingUnit("EF", UnitKind.Commune, new DateOnly(2025, 7, 1), Predecessors: ["E"]),
        };
        var history = new[]
        {
            new CompletedCheck("A", 2026, AuthorityCode.NoiVu), new CompletedCheck("B", 2023, AuthorityCode.NoiVu),
            new CompletedCheck("C", 2026, AuthorityCode.NoiVu), // D0 never checked
            new CompletedCheck("E", 2022, AuthorityCode.NoiVu), new CompletedCheck("EF", 2026, AuthorityCode.NoiVu),
            new CompletedCheck("B", 2026, AuthorityCode.ThanhTra), // another authority's check does not count
        };
        var r = SamplingEngine.Select(Request(units) with { History = history });

        r.Units.Select(u => u.Code).ShouldBe(["AB", "CD", "EF"]);
        r.Unit("AB").LastCheckedYear.ShouldBe(2023);
        r.Unit("CD").LastCheckedYear.ShouldBeNull();
        r.Unit("CD").Reason.ShouldBe(SelectionReason.OverdueRotation); // never checked, counted from 2021
        r.Unit("EF").LastCheckedYear.ShouldBe(2026);
        r.Unit("EF").Reason.ShouldBe(SelectionReason.ExcludedCooldown);
    }

    [Fact]
    public void Should_pick_higher_risk_units_more_often_in_the_draw()
    {
        var units = new[] { new SamplingUnit("HIGH", UnitKind.Ward), new SamplingUnit("LOW", UnitKind.Ward), new SamplingUnit("MID", UnitKind.Ward),
            new SamplingUnit("X1", UnitKind.Ward), new SamplingUnit("X2", UnitKind.Ward) };
        var risks = new[] { new RiskScore("HIGH", 90), new RiskScore("LOW", 0), new RiskScore("MID", 30), new RiskScore("X1", 30), new RiskScore("X2", 30) };
        var wins = new Dictionary<string, int>();
        for (var k = 0; k < 3000; k++)
        {
            var code = SamplingEngine.Select(Request(units) with { Risks = risks, Seed = $"s{k}" }).SelectedCodes();
            wins[code] = wins.GetValueOrDefault(code) + 1;
        }
        // Weights risk+1: 91 / 1 / 31 ×3 → HIGH ≈ 46%, LOW ≈ 0.5%, each 30 ≈ 16%.
        (wins.GetValueOrDefault("HIGH") / 3000.0).ShouldBeInRange(0.41, 0.51);
        (wins.GetValueOrDefault("MID") / 3000.0).ShouldBeInRange(0.12, 0.20);
        wins.GetValueOrDefault("LOW").ShouldBeLessThan(40);
    }

    [Fact]
    public void Should_compute_ln_like_the_runtime_to_the_last_bits()
    {
        Gen.Double[1e-300, 1].Sample(x => Math.Abs(DeterministicMath.Ln(x) - Math.Log(x)) <= 4e-16 * Math.Max(1, Math.Abs(Math.Log(x))));
    }

    [Fact]
    public void Should_refuse_a_cooldown_as_long_as_the_rotation_period_and_other_invalid_input()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => SamplingEngine.Select(Request(Departments(3)) with { CooldownYears = 5 }));
        Should.Throw<ArgumentOutOfRangeException>(() => SamplingEngine.Select(Request(Departments(3)) with { Rate = 0m }));
        Should.Throw<ArgumentOutOfRangeException>(() => SamplingEngine.Select(Request(Departments(3)) with { Risks = [new RiskScore("D00", 101)] }));
        Should.Throw<ArgumentException>(() => SamplingEngine.Select(Request([.. Departments(3), new SamplingUnit("d01", UnitKind.Ward)])));
    }

    [Fact]
    public void Should_select_nothing_beyond_the_quota_and_report_empty_strata()
    {
        var r = SamplingEngine.Select(Request(Departments(11)));
        r.Strata.Single(s => s.Stratum == Stratum.Department).ShouldSatisfyAllConditions(
            s => s.Quota.ShouldBe(3), s => s.Selected.ShouldBe(3), s => s.Shortfall.ShouldBe(0));
        r.Strata.Single(s => s.Stratum == Stratum.Local).N.ShouldBe(0);
        r.Units.Count(u => u.Reason == SelectionReason.RiskDraw).ShouldBe(3);
        r.Units.Where(u => !u.Selected).ShouldAllBe(u => u.Detail.StartsWith("not drawn in the risk-weighted draw"));
    }
}
