namespace InspectionSuite.Cases;

/// <summary>Nhật ký đoàn: one entry by a team member.</summary>
public sealed class DiaryEntry : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public DateOnly Date { get; private set; }
    public Guid? AuthorId { get; private set; }
    public string Text { get; private set; } = "";
    private DiaryEntry() { }
    internal DiaryEntry(Guid caseId, DateOnly date, Guid? authorId, string text) { Id = Guid.NewGuid(); CaseId = caseId; Date = date; AuthorId = authorId; Text = text; }
}
