using CsCheck;
using InspectionSuite.Monitoring;
using InspectionSuite.Organization;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Monitoring;

/// <summary>
/// Issue 15 "Proof", the province's figures (<see cref="UnitKpiReportAppService.Province"/>) for any register and any
/// set of unit reports: each indicator is the formula on the sums of the figures of the units whose current report gives
/// it; a unit without a report, with a returned report, or without that indicator is absent — never a zero.
/// </summary>
public sealed class ProvinceFiguresPropertyTests
{
    private static readonly KpiPeriod Period = new(2026, 'Q', 1);
    private static readonly DateOnly Due = new(2026, 3, 20);

    /// <summary>One unit: no report (null), or a report (returned or not, submitted before/after the due day) with some indicators.</summary>
    private sealed record UnitCase(bool HasReport, bool Returned, int SubmittedDay, (string Code, KpiFigures Figures)[] Given);

    private static readonly Gen<(string, KpiFigures)> Given = Gen.Int[0, KpiIndicators.All.Count - 1].SelectMany(i =>
    {
        var indicator = KpiIndicators.All[i];
        return indicator.Kind == KpiKind.ShareAtLeast
            ? Gen.Long[0, 5_000].SelectMany(whole => Gen.Long[0, whole].Select(part => (indicator.Code, new KpiFigures(part, whole))))
            : Gen.Select(Gen.Long[0, 5_000], Gen.Long[0, 5_000], (a, b) => (indicator.Code, new KpiFigures(a, b)));
    });

    private static readonly Gen<UnitCase> Unit = Gen.Select(Gen.Bool, Gen.Int[0, 9].Select(x => x == 0), Gen.Int[-20, 20], Given.Array[0, 7],
        (has, returned, day, given) => new UnitCase(has, returned, day, given.DistinctBy(g => g.Item1).ToArray()));

    private static (List<Unit> Units, Dictionary<Guid, UnitKpiReport> ByUnit) Build(UnitCase[] cases)
    {
        var units = new List<Unit>();
        var byUnit = new Dictionary<Guid, UnitKpiReport>();
        for (var n = 0; n < cases.Length; n++)
        {
            var unit = new Unit(Guid.NewGuid(), $"U{n:D3}", $"Đơn vị {n}", UnitKind.Commune);
            units.Add(unit);
            var c = cases[n];
            if (!c.HasReport) continue;
            var report = new UnitKpiReport(Guid.NewGuid(), unit.Id, Period, c.Given.ToDictionary(g => g.Code, g => g.Figures), Due.AddDays(c.SubmittedDay));
            if (c.Returned) report.Return("Số liệu chưa khớp", Due.AddDays(c.SubmittedDay));
            byUnit[unit.Id] = report;
        }
        return (units, byUnit);
    }

    [Fact]
    public void Should_equal_the_formula_on_the_sums_of_the_current_unit_figures_for_any_reports()
    {
        Unit.Array[0, 30].Sample(cases =>
        {
            var (units, byUnit) = Build(cases);
            var p = UnitKpiReportAppService.Province(Period, Due, Due.AddDays(30), units, byUnit);
            var current = cases.Where(c => c is { HasReport: true, Returned: false }).ToList();
            p.UnitsTotal.ShouldBe(cases.Length);
            p.UnitsReported.ShouldBe(current.Count);
            foreach (var i in KpiIndicators.All)
            {
                var given = current.SelectMany(c => c.Given).Where(g => g.Code == i.Code).Select(g => g.Figures).ToList();
                var row = p.Indicators.Single(x => x.Code == i.Code);
                row.NumeratorSum.ShouldBe(given.Sum(g => g.Numerator));
                row.DenominatorSum.ShouldBe(given.Sum(g => g.Denominator));
                row.UnitsReported.ShouldBe(given.Count);
                row.Percent.ShouldBe(KpiIndicators.Aggregate(i, given).Percent);
            }
            p.UnitsOnTime.ShouldBe(cases.Count(c => c is { HasReport: true, Returned: false } && c.SubmittedDay <= 0));
            p.UnitsLate.ShouldBe(cases.Count(c => c is { HasReport: true, Returned: false } && c.SubmittedDay > 0));
            p.UnitsMissing.ShouldBe(cases.Count(c => !c.HasReport));
            p.UnitsReturned.ShouldBe(cases.Count(c => c is { HasReport: true, Returned: true }));
        });
    }

    [Fact]
    public void Should_never_count_no_data_as_zero()
    {
        Gen.Select(Unit.Array[1, 20], Gen.Int[1, 10]).Sample(x =>
        {
            var (cases, silent) = x;
            var (units, byUnit) = Build(cases);
            var before = UnitKpiReportAppService.Province(Period, Due, Due.AddDays(30), units, byUnit);
            // Units that did not report, or reported nothing on an indicator, change no indicator's result.
            var more = units.Concat(Enumerable.Range(0, silent).Select(n => new Unit(Guid.NewGuid(), $"S{n:D3}", $"Xã {n}", UnitKind.Commune))).ToList();
            var empty = more.Skip(units.Count).Take(silent / 2)
                .ToDictionary(u => u.Id, u => new UnitKpiReport(Guid.NewGuid(), u.Id, Period, new Dictionary<string, KpiFigures>(), Due));
            var after = UnitKpiReportAppService.Province(Period, Due, Due.AddDays(30), more, byUnit.Concat(empty).ToDictionary());
            after.Indicators.ShouldBe(before.Indicators);
            foreach (var row in after.Indicators)
            {
                if (row.DenominatorSum == 0) { row.Percent.ShouldBeNull(); row.Outcome.ShouldBe(KpiOutcome.NoData); }
                else row.Outcome.ShouldNotBe(KpiOutcome.NoData);
            }
        });
    }
}
