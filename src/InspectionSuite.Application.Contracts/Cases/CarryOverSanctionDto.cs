namespace InspectionSuite.Cases;

public sealed record CarryOverSanctionDto(string Reason, string ConcurrencyStamp);
