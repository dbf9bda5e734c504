using InspectionSuite.Notifications;
using P = InspectionSuite.Permissions.InspectionSuitePermissions.Administration;

namespace InspectionSuite.Oversight;

/// <summary>
/// Users and their (single) role through ASP.NET Core Identity's UserManager. A unit representative speaks for
/// exactly one unit; staff have none. Identity's own refusals (weak password, duplicate name) come back as
/// <see cref="OversightErrorCodes.IdentityRefused"/> with Identity's codes.
/// </summary>
public sealed class UserAdminAppService(
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    UserManager<AppUser> userManager,
    IRepository<AppUser> users,
    IRepository<AppRole> roles,
    IRepository<IdentityUserRole<Guid>> userRoles,
    IRepository<Unit> units) : IUserAdminAppService
{
    public async Task<PagedResultDto<UserListItemDto>> GetListAsync(GetUserListInput input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Users, ct);
        var query = users.Query();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var f = input.Filter.Trim();
            query = query.Where(u => u.UserName!.Contains(f) || u.FullName.Contains(f) || (u.Email != null && u.Email.Contains(f)));
        }
        if (!string.IsNullOrWhiteSpace(input.Role))
        {
            var normalized = input.Role.ToUpperInvariant();
            query = query.Where(u => userRoles.Query().Any(ur => ur.UserId == u.Id && roles.Query().Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized)));
        }
        var total = await users.CountAsync(query, ct);
        query = (input.Sorting ?? "userName").Trim().ToLowerInvariant() switch
        {
            "fullname" => query.OrderBy(u => u.FullName).ThenBy(u => u.UserName),
            "username desc" => query.OrderByDescending(u => u.UserName),
            _ => query.OrderBy(u => u.UserName),
        };
        var page = await users.ToListAsync(
            from u in query.Skip(input.Skip).Take(input.Take)
            join unit in units.QueryIncludingDeleted() on u.UnitId equals unit.Id into unitJoin
            from unit in unitJoin.DefaultIfEmpty()
            select new { u.Id, u.UserName, u.FullName, u.Email, u.UnitId, UnitName = unit == null ? null : unit.Name, u.LockoutEnd, u.IsDemo }, ct);
        var ids = page.Select(p => p.Id).ToList();
        var roleNames = ids.Count == 0 ? [] : (await userRoles.ToListAsync(
                from ur in userRoles.Query().Where(ur => ids.Contains(ur.UserId))
                join r in roles.Query() on ur.RoleId equals r.Id
                select new { ur.UserId, r.Name }, ct))
            .GroupBy(x => x.UserId).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(x => x.Name).Order()));
        var now = DateTimeOffset.UtcNow;
        return new PagedResultDto<UserListItemDto>(page.Select(u => new UserListItemDto(u.Id, u.UserName ?? "", u.FullName, u.Email,
            roleNames.GetValueOrDefault(u.Id), u.UnitId, u.UnitName, u.LockoutEnd > now, u.IsDemo)).ToList(), total);
    }

    public async Task<UserListItemDto> CreateAsync(CreateUserDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Users, ct);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.UserName)) errors[nameof(CreateUserDto.UserName)] = ["Validation.Required"];
        if (string.IsNullOrWhiteSpace(input.FullName)) errors[nameof(CreateUserDto.FullName)] = ["Validation.Required"];
        else if (input.FullName.Length > 256) errors[nameof(CreateUserDto.FullName)] = ["Validation.TooLong"];
        if (input.Position?.Trim().Length > 128) errors[nameof(CreateUserDto.Position)] = ["Validation.TooLong"];
        if (string.IsNullOrWhiteSpace(input.Password)) errors[nameof(CreateUserDto.Password)] = ["Validation.Required"];
        if (errors.Count > 0) throw new InputValidationException(errors);
        await CheckRoleAndUnitAsync(input.Role, input.UnitId, ct);

        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = input.UserName.Trim(),
            FullName = input.FullName.Trim(),
            Position = string.IsNullOrWhiteSpace(input.Position) ? null : input.Position.Trim(),
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            EmailConfirmed = !string.IsNullOrWhiteSpace(input.Email),
            UnitId = input.Role == InspectionSuiteRoles.UnitRepresentative ? input.UnitId : null,
            LockoutEnabled = true,
        };
        Ensure(await userManager.CreateAsync(user, input.Password));
        Ensure(await userManager.AddToRoleAsync(user, input.Role));
        return await GetItemAsync(user.Id, ct);
    }

    public async Task<UserListItemDto> SetLockedAsync(Guid id, bool locked, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Users, ct);
        var user = await userManager.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(AppUser), id);
        if (locked && currentUser.Id == id) throw new BusinessException(OversightErrorCodes.CannotLockSelf);
        if (locked)
        {
            Ensure(await userManager.SetLockoutEnabledAsync(user, true));
            Ensure(await userManager.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
            // Ends the user's other sessions at their next security-stamp check.
            Ensure(await userManager.UpdateSecurityStampAsync(user));
        }
        else
        {
            Ensure(await userManager.SetLockoutEndDateAsync(user, null));
            Ensure(await userManager.ResetAccessFailedCountAsync(user));
        }
        return await GetItemAsync(id, ct);
    }

    public async Task<UserListItemDto> ChangeRoleAsync(Guid id, ChangeUserRoleDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Roles, ct);
        await CheckRoleAndUnitAsync(input.Role, input.UnitId, ct);
        var user = await userManager.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(AppUser), id);
        // Membership, unit and the new security stamp (ending the user's sessions) are saved together, so the audit
        // shows one change "Roles: old → new" (UserManager's remove and add would save, and be audited, one at a time).
        var normalized = input.Role!.ToUpperInvariant();
        var roleId = await roles.FirstOrDefaultAsync(roles.Query().Where(r => r.NormalizedName == normalized).Select(r => r.Id), ct);
        var memberships = await userRoles.ToListAsync(userRoles.Query().Where(ur => ur.UserId == id), ct);
        foreach (var other in memberships.Where(m => m.RoleId != roleId)) userRoles.Delete(other);
        if (memberships.All(m => m.RoleId != roleId)) await userRoles.InsertAsync(new IdentityUserRole<Guid> { UserId = id, RoleId = roleId }, ct);
        user.UnitId = input.Role == InspectionSuiteRoles.UnitRepresentative ? input.UnitId : null;
        Ensure(await userManager.UpdateSecurityStampAsync(user));
        return await GetItemAsync(id, ct);
    }

    public async Task<UserListItemDto> ResetPasswordAsync(Guid id, ResetUserPasswordDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Users, ct);
        if (string.IsNullOrWhiteSpace(input.TemporaryPassword))
            throw new InputValidationException(new Dictionary<string, string[]> { [nameof(ResetUserPasswordDto.TemporaryPassword)] = ["Validation.Required"] });
        var user = await userManager.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(AppUser), id);
        // Identity's reset checks the password rules and renews the security stamp, which ends the user's sessions.
        Ensure(await userManager.ResetPasswordAsync(user, await userManager.GeneratePasswordResetTokenAsync(user), input.TemporaryPassword));
        await PasswordChangeRequired.RequireAsync(userManager, user);
        return await GetItemAsync(id, ct);
    }

    public async Task<UserListItemDto> SetEmailAsync(Guid id, SetUserEmailDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Users, ct);
        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        if (email is not null && (email.Length > EmailOutboxConsts.MaxAddressLength || !MimeKit.MailboxAddress.TryParse(email, out var parsed) || parsed.Address != email || !email.Contains('@')))
            throw new InputValidationException(new Dictionary<string, string[]> { [nameof(SetUserEmailDto.Email)] = ["Validation.Invalid"] });
        var user = await userManager.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(AppUser), id);
        user.Email = email;
        user.NormalizedEmail = email?.ToUpperInvariant();
        user.EmailConfirmed = email is not null;
        Ensure(await userManager.UpdateAsync(user));
        return await GetItemAsync(id, ct);
    }

    private async Task CheckRoleAndUnitAsync(string? role, Guid? unitId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(role) || !InspectionSuiteRoles.All.Contains(role)) throw new BusinessException(OversightErrorCodes.RoleUnknown, role ?? "");
        if (role == InspectionSuiteRoles.UnitRepresentative)
        {
            if (unitId is not { } u || !await units.AnyAsync(units.Query().Where(x => x.Id == u), ct))
                throw new BusinessException(OversightErrorCodes.UnitRequiredForRepresentative);
        }
        else if (unitId is not null) throw new BusinessException(OversightErrorCodes.UnitOnlyForRepresentative);
    }

    private async Task<UserListItemDto> GetItemAsync(Guid id, CancellationToken ct)
    {
        var user = await users.FirstOrDefaultAsync(
            from u in users.Query().Where(u => u.Id == id)
            join unit in units.QueryIncludingDeleted() on u.UnitId equals unit.Id into unitJoin
            from unit in unitJoin.DefaultIfEmpty()
            select new { u.Id, u.UserName, u.FullName, u.Email, u.UnitId, UnitName = unit == null ? null : unit.Name, u.LockoutEnd, u.IsDemo }, ct)
            ?? throw new EntityNotFoundException(nameof(AppUser), id);
        var roleNames = await userRoles.ToListAsync(
            from ur in userRoles.Query().Where(ur => ur.UserId == id)
            join r in roles.Query() on ur.RoleId equals r.Id
            select r.Name, ct);
        return new UserListItemDto(user.Id, user.UserName ?? "", user.FullName, user.Email, string.Join(", ", roleNames.Order()), user.UnitId, user.UnitName,
            user.LockoutEnd > DateTimeOffset.UtcNow, user.IsDemo);
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new BusinessException(OversightErrorCodes.IdentityRefused, string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
