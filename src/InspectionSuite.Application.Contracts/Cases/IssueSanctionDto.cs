namespace InspectionSuite.Cases;

public sealed record IssueSanctionDto(SanctionType Type, string Target, decimal? AmountVnd, DateOnly? Deadline, string Responsible, string ConcurrencyStamp);
