namespace InspectionSuite.Identity;

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
