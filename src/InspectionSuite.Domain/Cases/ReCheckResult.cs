namespace InspectionSuite.Cases;

/// <summary>What the re-check verified for one sanction or recommendation.</summary>
public sealed class ReCheckResult : Entity<Guid>
{
    public Guid ReCheckId { get; private set; }
    public Guid SanctionId { get; private set; }
    public ReCheckOutcome Outcome { get; private set; }
    /// <summary>The amount the re-check verified as actually recovered (null when the item has no money).</summary>
    public decimal? VerifiedRecoveredVnd { get; private set; }
    public string? Note { get; private set; }
    public DateOnly RecordedOn { get; private set; }
    public Guid? RecordedBy { get; private set; }
    private ReCheckResult() { }
    internal ReCheckResult(Guid reCheckId, Guid sanctionId, ReCheckOutcome outcome, decimal? verified, string? note, DateOnly on, Guid? by)
    {
        Id = Guid.NewGuid(); ReCheckId = reCheckId; SanctionId = sanctionId; Outcome = outcome; VerifiedRecoveredVnd = verified; Note = note;
        RecordedOn = on; RecordedBy = by;
    }
}
