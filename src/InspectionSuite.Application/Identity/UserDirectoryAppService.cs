namespace InspectionSuite.Identity;

/// <summary>
/// Who am I, and who is who: API clients need user ids to assign teams and tasks. Only the id, names and roles
/// leave here (no e-mail, lockout or unit of other users).
/// </summary>
public sealed class UserDirectoryAppService(
    ICurrentUser currentUser,
    IPermissionChecker permissions,
    IRepository<AppUser> users,
    IRepository<AppRole> roles,
    IRepository<IdentityUserRole<Guid>> userRoles,
    IRepository<Unit> units) : IUserDirectoryAppService
{
    public async Task<CurrentUserDto> GetMeAsync(CancellationToken ct = default)
    {
        var id = currentUser.Id ?? throw new ForbiddenException(InspectionSuitePermissions.Dashboard.Default);
        var user = await users.GetAsync(id, ct);
        var unit = user.UnitId is { } unitId
            ? await units.FirstOrDefaultAsync(units.QueryIncludingDeleted().Where(u => u.Id == unitId).Select(u => new UserUnitDto(u.Id, u.Code, u.Name)), ct)
            : null;
        var roleNames = await RolesOfAsync([id], ct);
        var granted = await permissions.GetGrantedAsync(ct);
        return new CurrentUserDto(user.Id, user.UserName ?? "", user.FullName, roleNames.GetValueOrDefault(id, []), unit, granted.Order(StringComparer.Ordinal).ToArray());
    }

    public async Task<PagedResultDto<UserLookupDto>> LookupAsync(GetUserLookupInput input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Cases.Assign, ct);
        var query = users.Query();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var f = input.Filter.Trim();
            query = query.Where(u => u.UserName!.Contains(f) || u.FullName.Contains(f));
        }
        var total = await users.CountAsync(query, ct);
        var take = Math.Min(input.Take, GetUserLookupInput.MaxLookupPageSize);
        var page = await users.ToListAsync(query.OrderBy(u => u.UserName).Skip(input.Skip).Take(take).Select(u => new { u.Id, u.UserName, u.FullName }), ct);
        var roleNames = await RolesOfAsync(page.Select(p => p.Id).ToList(), ct);
        return new PagedResultDto<UserLookupDto>(page.Select(u => new UserLookupDto(u.Id, u.UserName ?? "", u.FullName, roleNames.GetValueOrDefault(u.Id, []))).ToList(), total);
    }

    private async Task<Dictionary<Guid, string[]>> RolesOfAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var rows = await userRoles.ToListAsync(
            from ur in userRoles.Query().Where(ur => ids.Contains(ur.UserId))
            join r in roles.Query() on ur.RoleId equals r.Id
            select new { ur.UserId, r.Name }, ct);
        return rows.GroupBy(x => x.UserId).ToDictionary(g => g.Key, g => g.Select(x => x.Name ?? "").Order(StringComparer.Ordinal).ToArray());
    }
}
