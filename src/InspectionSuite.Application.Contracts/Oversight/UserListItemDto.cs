namespace InspectionSuite.Oversight;

// ---------------------------------------------------------------- admin: users and roles

public sealed record UserListItemDto(Guid Id, string UserName, string FullName, string? Email, string? Role, Guid? UnitId, string? UnitName, bool IsLocked, bool IsDemo);
