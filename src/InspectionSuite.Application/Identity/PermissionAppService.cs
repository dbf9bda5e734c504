namespace InspectionSuite.Identity;

public sealed class PermissionAppService(IPermissionChecker permissions, IRepository<PermissionGrant> grants, IUnitOfWork uow, PermissionGrantCache cache) : IPermissionAppService
{
    public async Task<IReadOnlyList<RolePermissionsDto>> GetAllRolesAsync(CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Administration.Permissions, ct);
        var all = await grants.ToListAsync(grants.Query().Select(g => new { g.RoleName, g.PermissionName }), ct);
        return InspectionSuiteRoles.All
            .Select(role => new RolePermissionsDto(role, InspectionSuitePermissions.All
                .Select(p => new PermissionGrantStateDto(p, all.Any(g => g.RoleName == role && g.PermissionName == p)))
                .ToList()))
            .ToList();
    }

    public async Task GrantAsync(string roleName, string permissionName, CancellationToken ct = default)
    {
        await CheckInputAsync(roleName, permissionName, ct);
        if (await grants.AnyAsync(grants.Query().Where(g => g.RoleName == roleName && g.PermissionName == permissionName), ct)) return;
        await grants.InsertAsync(new PermissionGrant(Guid.NewGuid(), roleName, permissionName), ct);
        await uow.SaveChangesAsync(ct);
        cache.Clear();
    }

    public async Task RevokeAsync(string roleName, string permissionName, CancellationToken ct = default)
    {
        await CheckInputAsync(roleName, permissionName, ct);
        var grant = await grants.FirstOrDefaultAsync(grants.Query().Where(g => g.RoleName == roleName && g.PermissionName == permissionName), ct);
        if (grant is null) return;
        grants.Delete(grant);
        await uow.SaveChangesAsync(ct);
        cache.Clear();
    }

    private async Task CheckInputAsync(string roleName, string permissionName, CancellationToken ct)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Administration.Permissions, ct);
        if (!InspectionSuiteRoles.All.Contains(roleName)) throw new BusinessException(InspectionSuiteErrorCodes.RoleUnknown, roleName);
        if (!InspectionSuitePermissions.IsDefined(permissionName)) throw new BusinessException(InspectionSuiteErrorCodes.PermissionUnknown, permissionName);
    }
}
