namespace InspectionSuite.Cases;

public sealed record AddDiaryEntryDto(DateOnly Date, string Text, string ConcurrencyStamp);
