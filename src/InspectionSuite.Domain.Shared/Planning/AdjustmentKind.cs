namespace InspectionSuite.Planning;

/// <summary>What a supervisor's adjustment does to a unit in the draw: always selected, or never.</summary>
public enum AdjustmentKind
{
    Mandatory = 0,
    Excluded = 1,
}
