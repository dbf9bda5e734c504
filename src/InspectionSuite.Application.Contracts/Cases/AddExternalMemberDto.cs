namespace InspectionSuite.Cases;

public sealed record AddExternalMemberDto(string? Name, string? Position, string? Agency, string? ConcurrencyStamp);
