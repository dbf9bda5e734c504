namespace InspectionSuite.Documents;

/// <summary>Each indicator province-wide against its target (percent null = no data), units late or missing, the plan tracker, proposals.</summary>
public sealed record PlanImplementation(
    string Period, int UnitsTotal, int UnitsReported, int UnitsOnTime, int UnitsLate, int UnitsMissing,
    IReadOnlyList<ImplementationIndicator> Indicators, IReadOnlyList<string> UnitsLateOrMissing,
    int PlansTotal, int PlansOnTime, int PlansLate, int PlansMissing, IReadOnlyList<string> PlansMissingUnits,
    IReadOnlyList<string> Commended);
