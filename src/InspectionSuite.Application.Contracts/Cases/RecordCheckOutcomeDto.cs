namespace InspectionSuite.Cases;

public sealed record RecordCheckOutcomeDto(SanctionType Type, string? Text, string? Responsible, DateOnly? Deadline, Guid? FindingId, string? CriterionCode, string? ConcurrencyStamp);
