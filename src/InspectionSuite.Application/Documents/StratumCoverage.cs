namespace InspectionSuite.Documents;

/// <summary>Coverage of one stratum (departments; communes, wards, special zones) against the 20% minimum.</summary>
public sealed record StratumCoverage(string Stratum, int UnitsTotal, int UnitsChecked)
{
    public const decimal MinimumPercent = 20m;

    public decimal Percent => Percentages.Of(UnitsChecked, UnitsTotal);

    /// <summary>At least ceil(20% × total) units checked, i.e. 5 × checked ≥ total (exact, no rounding).</summary>
    public bool MeetsMinimum => 5L * UnitsChecked >= UnitsTotal;
}
