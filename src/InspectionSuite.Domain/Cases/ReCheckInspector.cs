namespace InspectionSuite.Cases;

/// <summary>An inspector assigned to a re-check (they see the case while it is followed up).</summary>
public sealed class ReCheckInspector : Entity<Guid>
{
    public Guid ReCheckId { get; private set; }
    public Guid UserId { get; private set; }
    private ReCheckInspector() { }
    internal ReCheckInspector(Guid reCheckId, Guid userId) { Id = Guid.NewGuid(); ReCheckId = reCheckId; UserId = userId; }
}
