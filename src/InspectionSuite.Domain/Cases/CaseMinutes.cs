namespace InspectionSuite.Cases;

/// <summary>Biên bản.</summary>
public sealed class CaseMinutes : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly HeldOn { get; private set; }
    public string Content { get; private set; } = "";
    private CaseMinutes() { }
    internal CaseMinutes(Guid caseId, string title, DateOnly heldOn, string content) { Id = Guid.NewGuid(); CaseId = caseId; Title = title; HeldOn = heldOn; Content = content; }
}
