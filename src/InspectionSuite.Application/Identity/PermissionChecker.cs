using InspectionSuite.Permissions;

namespace InspectionSuite.Identity;

/// <summary>Grants of the current user's roles, read once per scope (request).</summary>
public sealed class PermissionChecker(ICurrentUser currentUser, IRepository<PermissionGrant> grants) : IPermissionChecker
{
    private IReadOnlySet<string>? _granted;

    public async Task<IReadOnlySet<string>> GetGrantedAsync(CancellationToken ct = default)
    {
        if (_granted is not null) return _granted;
        if (!currentUser.IsAuthenticated) return _granted = new HashSet<string>();
        if (currentUser is SystemUser) return _granted = InspectionSuitePermissions.All.ToHashSet(StringComparer.Ordinal);
        var roles = currentUser.Roles.ToArray();
        var names = await grants.ToListAsync(grants.Query().Where(g => roles.Contains(g.RoleName)).Select(g => g.PermissionName).Distinct(), ct);
        return _granted = names.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> IsGrantedAsync(string permissionName, CancellationToken ct = default)
        => (await GetGrantedAsync(ct)).Contains(permissionName);

    public async Task CheckAsync(string permissionName, CancellationToken ct = default)
    {
        if (!await IsGrantedAsync(permissionName, ct)) throw new ForbiddenException(permissionName);
    }
}

public sealed class PermissionAppService(IPermissionChecker permissions, IRepository<PermissionGrant> grants, IUnitOfWork uow) : IPermissionAppService
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
    }

    public async Task RevokeAsync(string roleName, string permissionName, CancellationToken ct = default)
    {
        await CheckInputAsync(roleName, permissionName, ct);
        var grant = await grants.FirstOrDefaultAsync(grants.Query().Where(g => g.RoleName == roleName && g.PermissionName == permissionName), ct);
        if (grant is null) return;
        grants.Delete(grant);
        await uow.SaveChangesAsync(ct);
    }

    private async Task CheckInputAsync(string roleName, string permissionName, CancellationToken ct)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Administration.Permissions, ct);
        if (!InspectionSuiteRoles.All.Contains(roleName)) throw new BusinessException(InspectionSuiteErrorCodes.RoleUnknown, roleName);
        if (!InspectionSuitePermissions.IsDefined(permissionName)) throw new BusinessException(InspectionSuiteErrorCodes.PermissionUnknown, permissionName);
    }
}
