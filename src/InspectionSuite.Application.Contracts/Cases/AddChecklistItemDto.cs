namespace InspectionSuite.Cases;

public sealed record AddChecklistItemDto(string CriterionCode, string? Title, string? Target, string ConcurrencyStamp);
