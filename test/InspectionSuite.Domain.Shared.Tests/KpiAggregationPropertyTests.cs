using CsCheck;
using InspectionSuite.Monitoring;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Shared.Tests;

/// <summary>
/// The province's figure for an indicator (issue 15 "Proof"): for any set of unit reports it is computed from the
/// sums of the raw figures, never from an average of percentages; a unit that did not report is absent, not zero.
/// </summary>
public sealed class KpiAggregationPropertyTests
{
    private static readonly Gen<KpiFigures> Share = Gen.Long[0, 100_000].SelectMany(whole => Gen.Long[0, whole].Select(part => new KpiFigures(part, whole)));
    private static readonly Gen<KpiFigures> Counts = Gen.Select(Gen.Long[0, 100_000], Gen.Long[0, 100_000], (a, b) => new KpiFigures(a, b));

    private static Gen<(KpiIndicator, KpiFigures[])> Reports => Gen.Int[0, KpiIndicators.All.Count - 1].SelectMany(i =>
    {
        var indicator = KpiIndicators.All[i];
        return (indicator.Kind == KpiKind.ShareAtLeast ? Share : Counts).Array[0, 40].Select(a => (indicator, a));
    });

    [Fact]
    public void Should_equal_the_formula_on_the_sums_of_the_unit_figures_for_any_reports()
    {
        Reports.Sample(x =>
        {
            var (indicator, reports) = x;
            var a = KpiIndicators.Aggregate(indicator, reports);
            a.NumeratorSum.ShouldBe(reports.Sum(r => r.Numerator));
            a.DenominatorSum.ShouldBe(reports.Sum(r => r.Denominator));
            a.UnitsReported.ShouldBe(reports.Length);
            if (a.DenominatorSum == 0) { a.Percent.ShouldBeNull(); a.Outcome.ShouldBe(KpiOutcome.NoData); return; }
            var expected = indicator.Kind == KpiKind.ShareAtLeast ? 100m * a.NumeratorSum / a.DenominatorSum : 100m * (a.DenominatorSum - a.NumeratorSum) / a.DenominatorSum;
            a.Percent.ShouldBe(Math.Round(expected, 2));
            a.Outcome.ShouldBe(a.Percent >= indicator.TargetPercent ? KpiOutcome.Met : KpiOutcome.NotMet);
            // Order and grouping of the units never matter (sums, not averages).
            KpiIndicators.Aggregate(indicator, reports.Reverse()).ShouldBe(a);
        });
    }

    [Fact]
    public void Should_never_count_no_data_as_zero()
    {
        Reports.Sample(x =>
        {
            var (indicator, reports) = x;
            // Reports without a base (nothing to measure: no meetings, no applications) give no data, never 0% or "not met".
            var empty = KpiIndicators.Aggregate(indicator, reports.Select(_ => new KpiFigures(0, 0)).ToArray());
            empty.Outcome.ShouldBe(KpiOutcome.NoData);
            empty.Percent.ShouldBeNull();
            var none = KpiIndicators.Aggregate(indicator, []);
            none.Outcome.ShouldBe(KpiOutcome.NoData);
            none.Percent.ShouldBeNull();
        });
        // A concrete case where averaging percentages would differ: 1/1 (100%) and 0/99 (0%) → 1% province-wide, not 50%.
        var online = KpiIndicators.Find("MEETINGS_ONLINE")!;
        KpiIndicators.Aggregate(online, [new(1, 1), new(0, 99)]).Percent.ShouldBe(1m);
    }

    [Fact]
    public void Should_refuse_negative_figures_and_a_part_greater_than_its_whole()
    {
        Gen.Select(Gen.Long[-1000, 1000], Gen.Long[-1000, 1000]).Sample((n, d) =>
        {
            foreach (var indicator in KpiIndicators.All)
            {
                var reason = KpiIndicators.Invalid(indicator, new KpiFigures(n, d));
                var bad = n < 0 || d < 0 || (indicator.Kind == KpiKind.ShareAtLeast && n > d);
                (reason is not null).ShouldBe(bad);
            }
        });
    }

    [Theory]
    [InlineData("2026-Q3", "2026-07-01", "2026-09-30")]
    [InlineData("2026-H1", "2026-01-01", "2026-06-30")]
    [InlineData("2026", "2026-01-01", "2026-12-31")]
    [InlineData("2026-q4", "2026-10-01", "2026-12-31")]
    public void Should_read_periods_as_the_api_writes_them(string text, string from, string to)
    {
        KpiPeriod.TryParse(text, out var p).ShouldBeTrue();
        p.From.ShouldBe(DateOnly.Parse(from));
        p.To.ShouldBe(DateOnly.Parse(to));
        p.ToString().ShouldBe(text.ToUpperInvariant());
    }

    [Theory]
    [InlineData("2026-Q5")] [InlineData("2026-H3")] [InlineData("26")] [InlineData("2026-X1")] [InlineData("")] [InlineData("2026-Q1-1")]
    public void Should_refuse_a_malformed_period(string text) => KpiPeriod.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Should_measure_the_check_criteria_the_indicators_name()
        => KpiIndicators.All.ShouldAllBe(i => InspectionSuite.Cases.CheckCriteriaCatalogue.Find(i.Criterion) != null);
}
