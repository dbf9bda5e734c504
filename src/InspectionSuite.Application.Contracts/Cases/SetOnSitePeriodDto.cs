namespace InspectionSuite.Cases;

public sealed record SetOnSitePeriodDto(DateOnly Start, DateOnly? End, string ConcurrencyStamp);
