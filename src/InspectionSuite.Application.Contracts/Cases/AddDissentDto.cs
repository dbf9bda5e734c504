namespace InspectionSuite.Cases;

public sealed record AddDissentDto(string Text, string ConcurrencyStamp);
