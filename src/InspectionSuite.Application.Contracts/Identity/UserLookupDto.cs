namespace InspectionSuite.Identity;

/// <summary>One user found by <see cref="IUserDirectoryAppService.LookupAsync"/>.</summary>
public sealed record UserLookupDto(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles);
