namespace InspectionSuite.Identity;

/// <summary>The signed-in user as API clients need it: the id other calls take (team members, assignees), roles, unit, permissions.</summary>
public sealed record CurrentUserDto(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, UserUnitDto? Unit, IReadOnlyList<string> Permissions);
