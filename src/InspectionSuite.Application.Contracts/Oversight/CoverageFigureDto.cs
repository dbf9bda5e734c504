namespace InspectionSuite.Oversight;

/// <summary>Units of a stratum valid in the year, how many a completed case covered, and the 20% target (ceil).</summary>
public sealed record CoverageFigureDto(Stratum Stratum, int UnitsValid, int UnitsCovered, int Target, double Percent, bool TargetMet);
