namespace InspectionSuite.Cases;

public sealed record ReturnDocumentRequestDto(string Reason, string ConcurrencyStamp);
