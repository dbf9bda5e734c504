namespace InspectionSuite.Cases;

/// <summary>Ý kiến bảo lưu of a team member on the draft conclusion.</summary>
public sealed class Dissent : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public Guid MemberId { get; private set; }
    public string Text { get; private set; } = "";
    public DateOnly RecordedOn { get; private set; }
    private Dissent() { }
    internal Dissent(Guid caseId, Guid memberId, string text, DateOnly on) { Id = Guid.NewGuid(); CaseId = caseId; MemberId = memberId; Text = text; RecordedOn = on; }
}
