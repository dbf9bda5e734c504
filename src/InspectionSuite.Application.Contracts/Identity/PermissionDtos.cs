namespace InspectionSuite.Identity;

public sealed record RolePermissionsDto(string RoleName, IReadOnlyList<PermissionGrantStateDto> Permissions);
public sealed record PermissionGrantStateDto(string Name, bool IsGranted);

public interface IPermissionAppService
{
    Task<IReadOnlyList<RolePermissionsDto>> GetAllRolesAsync(CancellationToken ct = default);
    Task GrantAsync(string roleName, string permissionName, CancellationToken ct = default);
    Task RevokeAsync(string roleName, string permissionName, CancellationToken ct = default);
}

