namespace InspectionSuite.Identity;

public interface IPermissionAppService
{
    Task<IReadOnlyList<RolePermissionsDto>> GetAllRolesAsync(CancellationToken ct = default);
    Task GrantAsync(string roleName, string permissionName, CancellationToken ct = default);
    Task RevokeAsync(string roleName, string permissionName, CancellationToken ct = default);
}
