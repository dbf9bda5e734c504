namespace InspectionSuite.Cases;

public sealed record CreateDocumentRequestDto(string Title, string? Description, DateOnly? DueDate, string ConcurrencyStamp);
