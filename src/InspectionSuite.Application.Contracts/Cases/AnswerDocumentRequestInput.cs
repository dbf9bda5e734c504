namespace InspectionSuite.Cases;

public sealed record AnswerDocumentRequestInput(string? Note, IReadOnlyList<FileUploadDto> Files, string ConcurrencyStamp);
