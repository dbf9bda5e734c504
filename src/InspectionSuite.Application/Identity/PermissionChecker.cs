using System.Collections.Concurrent;

namespace InspectionSuite.Identity;

/// <summary>
/// The permissions granted to each set of roles, shared by all requests for <see cref="Lifetime"/>: reading them was one
/// query on every request. A grant or revoke through <see cref="PermissionAppService"/> clears it once saved, so this
/// process applies it at the next request; another process on the same database applies it when its entry expires.
/// </summary>
public sealed class PermissionGrantCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (IReadOnlySet<string> Names, DateTimeOffset Expires)> _byRoles = new(StringComparer.Ordinal);

    public async Task<IReadOnlySet<string>> GetAsync(IEnumerable<string> roles, Func<string[], Task<IReadOnlySet<string>>> load)
    {
        var sorted = roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var key = string.Join('\n', sorted);
        var now = time.GetUtcNow();
        if (_byRoles.TryGetValue(key, out var entry) && entry.Expires > now) return entry.Names;
        var names = await load(sorted);
        _byRoles[key] = (names, now + Lifetime);
        return names;
    }

    public void Clear() => _byRoles.Clear();
}

/// <summary>Grants of the current user's roles (from <see cref="PermissionGrantCache"/>), kept for the scope (request).</summary>
public sealed class PermissionChecker(ICurrentUser currentUser, IRepository<PermissionGrant> grants, PermissionGrantCache cache) : IPermissionChecker
{
    private IReadOnlySet<string>? _granted;

    public async Task<IReadOnlySet<string>> GetGrantedAsync(CancellationToken ct = default)
    {
        if (_granted is not null) return _granted;
        if (!currentUser.IsAuthenticated) return _granted = new HashSet<string>();
        if (currentUser is SystemUser) return _granted = InspectionSuitePermissions.All.ToHashSet(StringComparer.Ordinal);
        return _granted = await cache.GetAsync(currentUser.Roles, async roles =>
            (await grants.ToListAsync(grants.Query().Where(g => roles.Contains(g.RoleName)).Select(g => g.PermissionName).Distinct(), ct))
            .ToHashSet(StringComparer.Ordinal));
    }

    public async Task<bool> IsGrantedAsync(string permissionName, CancellationToken ct = default)
        => (await GetGrantedAsync(ct)).Contains(permissionName);

    public async Task CheckAsync(string permissionName, CancellationToken ct = default)
    {
        if (!await IsGrantedAsync(permissionName, ct)) throw new ForbiddenException(permissionName);
    }
}

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
