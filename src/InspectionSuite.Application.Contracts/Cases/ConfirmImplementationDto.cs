namespace InspectionSuite.Cases;

/// <summary>The team confirms the unit's report that an item is done (theo dõi, đôn đốc).</summary>
public sealed record ConfirmImplementationDto(string ConcurrencyStamp);
