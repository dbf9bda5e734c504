using CsCheck;
using InspectionSuite.Sampling;

namespace InspectionSuite.Domain.Tests.Sampling;

public static class SamplingResultExtensions
{
    /// <summary>Everything observable about a result, as one string, to compare results exactly.</summary>
    public static string Canonical(this SamplingResult r)
        => string.Join("\n", r.Units.Select(u => FormattableString.Invariant($"{u.Code}|{u.Stratum}|{u.Selected}|{u.Reason}|{u.Detail}|{u.LastCheckedYear}|{u.RiskScore}"))
            .Concat(r.Strata.Select(s => FormattableString.Invariant($"{s.Stratum}|{s.N}|{s.Quota}|{s.Selected}|{s.Shortfall}|{s.Fix}|{s.FixDetail}|{string.Join(',', s.OverrideCandidates)}")))
            .Append(FormattableString.Invariant($"{r.AlgorithmVersion}|{r.Seed}|{r.Year}|{r.Authority}|{r.Rate}|{r.CooldownYears}|{r.RotationYears}|{r.AsOf:O}")));

    public static UnitSelection Unit(this SamplingResult r, string code) => r.Units.Single(u => u.Code == code);

    public static string SelectedCodes(this SamplingResult r) => string.Join(",", r.Units.Where(u => u.Selected).Select(u => u.Code));
}
