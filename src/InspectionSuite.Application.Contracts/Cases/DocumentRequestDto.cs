namespace InspectionSuite.Cases;

public sealed record DocumentRequestDto(Guid Id, Guid CaseId, string Title, string? Description, Guid? RequestedBy, DateOnly RequestedOn, DateOnly? DueDate,
    DocumentRequestStatus Status, string? ReturnReason, DateOnly? AcceptedOn, bool IsOverdue, IReadOnlyList<DocumentRequestAnswerDto> Answers);
