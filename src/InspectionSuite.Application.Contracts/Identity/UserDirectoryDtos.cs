namespace InspectionSuite.Identity;

/// <summary>The signed-in user as API clients need it: the id other calls take (team members, assignees), roles, unit, permissions.</summary>
public sealed record CurrentUserDto(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, UserUnitDto? Unit, IReadOnlyList<string> Permissions);

/// <summary>The unit a unit representative speaks for.</summary>
public sealed record UserUnitDto(Guid Id, string Code, string Name);

/// <summary>One user found by <see cref="IUserDirectoryAppService.LookupAsync"/>.</summary>
public sealed record UserLookupDto(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles);

public sealed record GetUserLookupInput : PagedAndSortedInput
{
    /// <summary>A lookup is for picking people, not for listing everyone: pages hold at most this many.</summary>
    public const int MaxLookupPageSize = 20;

    /// <summary>Part of the user name or the display name.</summary>
    public string? Filter { get; init; }
}

public interface IUserDirectoryAppService
{
    /// <summary>The signed-in user (any role).</summary>
    Task<CurrentUserDto> GetMeAsync(CancellationToken ct = default);
    /// <summary>Users whose name matches, by user name, at most 20 a page. Needs Cases.Assign (the permission that assigns teams).</summary>
    Task<PagedResultDto<UserLookupDto>> LookupAsync(GetUserLookupInput input, CancellationToken ct = default);
}
