namespace InspectionSuite.Auditing;

public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>Minutes between checkpoints of the audit chain; 0 turns the periodic checkpoint off (the CLI can still write one).</summary>
    public int CheckpointIntervalMinutes { get; set; } = 15;
}
