namespace InspectionSuite.Oversight;

public interface IUserAdminAppService
{
    /// <summary>Needs Administration.Users.</summary>
    Task<PagedResultDto<UserListItemDto>> GetListAsync(GetUserListInput input, CancellationToken ct = default);
    /// <summary>A unit is required for (and only allowed for) the UnitRepresentative role. Needs Administration.Users.</summary>
    Task<UserListItemDto> CreateAsync(CreateUserDto input, CancellationToken ct = default);
    /// <summary>Locks (indefinitely) or unlocks the sign-in. Needs Administration.Users; nobody locks themself.</summary>
    Task<UserListItemDto> SetLockedAsync(Guid id, bool locked, CancellationToken ct = default);
    /// <summary>Replaces the user's role. Needs Administration.Roles.</summary>
    Task<UserListItemDto> ChangeRoleAsync(Guid id, ChangeUserRoleDto input, CancellationToken ct = default);
    /// <summary>Sets a temporary password, ends the user's sessions and requires a change at the next sign-in.</summary>
    Task<UserListItemDto> ResetPasswordAsync(Guid id, ResetUserPasswordDto input, CancellationToken ct = default);
    /// <summary>Sets or removes a user's e-mail address (checked as an address; unique is not required: a shared mailbox is allowed).</summary>
    Task<UserListItemDto> SetEmailAsync(Guid id, SetUserEmailDto input, CancellationToken ct = default);
}
