namespace InspectionSuite.Planning;

/// <summary>Who asked for the adjustment: a supervisor on the plan page or the imported State Audit plan.</summary>
public enum AdjustmentSource
{
    Supervisor = 0,
    StateAudit = 1,
}
