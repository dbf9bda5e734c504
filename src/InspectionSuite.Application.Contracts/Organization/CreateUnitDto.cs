namespace InspectionSuite.Organization;

/// <summary>A unit added through the register form or <c>POST /api/units</c> (the same rules as a CSV line).</summary>
public sealed record CreateUnitDto(string Code, string Name, UnitKind Kind, DateOnly? ValidFrom, DateOnly? ValidTo);
