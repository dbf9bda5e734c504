namespace InspectionSuite.Organization;

/// <summary>Link from a successor unit to one of its predecessors (merge: many → one; split: one → many).</summary>
public sealed class UnitSuccession
{
    public Guid PredecessorId { get; private set; }
    public Guid SuccessorId { get; private set; }
    public DateOnly Effective { get; private set; }

    private UnitSuccession() { }

    public UnitSuccession(Guid predecessorId, Guid successorId, DateOnly effective)
    {
        PredecessorId = predecessorId;
        SuccessorId = successorId;
        Effective = effective;
    }
}
