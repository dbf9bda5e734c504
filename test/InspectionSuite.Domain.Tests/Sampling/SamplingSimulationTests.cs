using CsCheck;
using InspectionSuite.Organization;
using InspectionSuite.Sampling;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Tests.Sampling;

/// <summary>Guarantee 8: the multi-year simulation, feeding each year's selection back as completed checks.</summary>
public sealed class SamplingSimulationTests
{
    [Fact]
    public void Should_check_every_unit_in_every_five_consecutive_years_without_yearly_spikes()
    {
        var gen = Gen.Select(Gen.Int[0, 60], Gen.Int[0, 90], Gen.Int[0, 4], Gen.Int[0, 100].Array[150], Gen.String);
        gen.Sample((departments, locals, cooldown, risks, seed) =>
        {
            const int first = 2027, years = 15;
            var units = Enumerable.Range(0, departments + locals)
                .Select(i => new SamplingUnit($"S{i}", i < departments ? UnitKind.Department : (UnitKind)(1 + i % 3)))
                .ToArray();
            var riskRows = units.Select((u, i) => new RiskScore(u.Code, risks[i])).ToArray();
            var history = new List<CompletedCheck>();
            var checkedIn = units.ToDictionary(u => u.Code, _ => new List<int>());
            for (var year = first; year < first + years; year++)
            {
                var r = SamplingEngine.Select(new SamplingRequest
                {
                    Year = year, Authority = AuthorityCode.NoiVu, Seed = $"{seed}/{year}", Units = units,
                    History = history.ToArray(), Risks = riskRows, CooldownYears = cooldown,
                });
                foreach (var s in r.Strata)
                {
                    s.Shortfall.ShouldBe(0);
                    s.Selected.ShouldBeLessThanOrEqualTo((int)Math.Ceiling(1.25m * s.Quota), $"{year} {s.Stratum}");
                }
                foreach (var u in r.Units.Where(u => u.Selected))
                {
                    history.Add(new CompletedCheck(u.Code, year, AuthorityCode.NoiVu));
                    checkedIn[u.Code].Add(year);
                }
            }
            // Plain loops: Shouldly per element made this test several times slower.
            var gaps = new List<string>();
            for (var start = first; start + 5 <= first + years; start++)
                foreach (var (code, checks) in checkedIn)
                    if (!checks.Exists(y => y >= start && y < start + 5)) gaps.Add($"{code} unchecked {start}–{start + 4}");
            gaps.ShouldBeEmpty();
        }, iter: 200);
    }
}
