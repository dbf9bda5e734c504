namespace InspectionSuite.Planning;

public enum PlanOverlapKind
{
    /// <summary>The other authority's plan selects the same unit the same year.</summary>
    OtherAuthority,
    /// <summary>The imported State Audit plan names the unit, yet this plan selects it (as mandatory).</summary>
    StateAudit,
}
