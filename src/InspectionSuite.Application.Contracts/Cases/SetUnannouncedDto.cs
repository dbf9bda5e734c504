namespace InspectionSuite.Cases;

public sealed record SetUnannouncedDto(bool IsUnannounced, string? ConcurrencyStamp);
