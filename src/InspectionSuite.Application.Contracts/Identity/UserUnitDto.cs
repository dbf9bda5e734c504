namespace InspectionSuite.Identity;

/// <summary>The unit a unit representative speaks for.</summary>
public sealed record UserUnitDto(Guid Id, string Code, string Name);
