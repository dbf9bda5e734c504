namespace InspectionSuite.Organization;

public sealed record UpdateUnitDto(string Name, UnitKind Kind, DateOnly? ValidFrom, DateOnly? ValidTo, string ConcurrencyStamp);
