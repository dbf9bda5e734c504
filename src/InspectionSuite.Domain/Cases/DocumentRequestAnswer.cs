namespace InspectionSuite.Cases;

/// <summary>One reply of the unit to a document request; its files are evidence of the case linked by <see cref="EvidenceFile.DocumentRequestAnswerId"/>.</summary>
public sealed class DocumentRequestAnswer : Entity<Guid>
{
    public Guid DocumentRequestId { get; private set; }
    public string? Note { get; private set; }
    public Guid? AnsweredBy { get; private set; }
    public DateTime AnsweredAtUtc { get; private set; }
    private DocumentRequestAnswer() { }
    internal DocumentRequestAnswer(Guid requestId, string? note, Guid? answeredBy, DateTime answeredAtUtc)
    { Id = Guid.NewGuid(); DocumentRequestId = requestId; Note = note; AnsweredBy = answeredBy; AnsweredAtUtc = answeredAtUtc; }
}
