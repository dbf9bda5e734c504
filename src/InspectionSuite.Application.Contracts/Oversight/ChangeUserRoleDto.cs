namespace InspectionSuite.Oversight;

public sealed record ChangeUserRoleDto(string Role, Guid? UnitId);
