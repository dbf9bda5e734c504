namespace InspectionSuite.Cases;

public sealed record RecordDraftConclusionDto(DateOnly Date, string Text, string ConcurrencyStamp);
