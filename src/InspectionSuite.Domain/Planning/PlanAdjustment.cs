namespace InspectionSuite.Planning;

/// <summary>A mandatory inclusion or an exclusion of a unit, with its reason and source.</summary>
public sealed class PlanAdjustment : Entity<Guid>
{
    public Guid PlanId { get; private set; }
    public string UnitCode { get; private set; } = "";
    public AdjustmentKind Kind { get; private set; }
    public string Reason { get; private set; } = "";
    public AdjustmentSource Source { get; private set; }

    private PlanAdjustment() { }

    internal PlanAdjustment(Guid id, Guid planId, string unitCode, AdjustmentKind kind, string reason, AdjustmentSource source)
    {
        Id = id;
        PlanId = planId;
        UnitCode = unitCode;
        Kind = kind;
        Reason = reason;
        Source = source;
    }

    internal void Reword(string reason) => Reason = reason;
}
