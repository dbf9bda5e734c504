namespace InspectionSuite.Planning;

/// <summary>Draft → Approved (amended by top-ups) → Closed.</summary>
public enum PlanStatus
{
    Draft = 0,
    Approved = 1,
    Closed = 2,
}
