namespace InspectionSuite.Cases;

/// <summary>
/// Yêu cầu cung cấp thông tin, tài liệu: the team asks the unit for documents; the unit's representative answers
/// (a note and files); the team accepts the answer or returns it with a reason, and the unit answers again.
/// An aggregate of its own, keyed by its case (issue 19 item 5): a request and its answers carry their own concurrency stamp,
/// so a team member deciding one request never conflicts with another writing to the case or to another request. The rules
/// that need the case (open, the answer's files as evidence) are in <see cref="DocumentRequestManager"/>.
/// </summary>
public sealed class DocumentRequest : Entity<Guid>, IHasConcurrencyStamp
{
    private readonly List<DocumentRequestAnswer> _answers = [];

    public Guid CaseId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public Guid? RequestedBy { get; private set; }
    public DateOnly RequestedOn { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public DocumentRequestStatus Status { get; private set; }
    /// <summary>Why the team returned the last answer (kept until the next answer, for the unit to read).</summary>
    public string? ReturnReason { get; private set; }
    public DateOnly? AcceptedOn { get; private set; }
    public IReadOnlyList<DocumentRequestAnswer> Answers => _answers;
    /// <summary>Renewed on every save that changes the request (each intention method changes <see cref="Status"/>).</summary>
    public string ConcurrencyStamp { get; private set; } = Guid.NewGuid().ToString("N");

    private DocumentRequest() { }

    internal DocumentRequest(Guid caseId, string title, string? description, Guid? requestedBy, DateOnly requestedOn, DateOnly? dueDate)
    {
        Id = Guid.NewGuid(); CaseId = caseId; Title = title; Description = description; RequestedBy = requestedBy; RequestedOn = requestedOn; DueDate = dueDate;
        Status = DocumentRequestStatus.Open;
    }

    /// <summary>The unit has to act: nothing answered yet, or the answer came back.</summary>
    public bool IsAwaitingUnit => Status is DocumentRequestStatus.Open or DocumentRequestStatus.Returned;
    public bool IsOverdue(DateOnly today) => IsAwaitingUnit && DueDate is { } d && d < today;

    internal DocumentRequestAnswer AddAnswer(string? note, Guid? answeredBy, DateTime nowUtc)
    {
        if (!IsAwaitingUnit) throw new BusinessException(CaseErrorCodes.DocumentRequestNotAwaitingAnswer, Status);
        var answer = new DocumentRequestAnswer(Id, note, answeredBy, nowUtc);
        _answers.Add(answer);
        Status = DocumentRequestStatus.Answered;
        return answer;
    }

    internal void Accept(DateOnly on)
    {
        if (Status != DocumentRequestStatus.Answered) throw new BusinessException(CaseErrorCodes.DocumentRequestNotAnswered, Status);
        Status = DocumentRequestStatus.Accepted;
        AcceptedOn = on;
        ReturnReason = null;
    }

    internal void Return(string reason)
    {
        if (Status != DocumentRequestStatus.Answered) throw new BusinessException(CaseErrorCodes.DocumentRequestNotAnswered, Status);
        Status = DocumentRequestStatus.Returned;
        ReturnReason = reason;
    }
}
