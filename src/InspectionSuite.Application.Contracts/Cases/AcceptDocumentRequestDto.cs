namespace InspectionSuite.Cases;

public sealed record AcceptDocumentRequestDto(string ConcurrencyStamp);
