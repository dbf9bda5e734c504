namespace InspectionSuite.Identity;

public sealed record RolePermissionsDto(string RoleName, IReadOnlyList<PermissionGrantStateDto> Permissions);
