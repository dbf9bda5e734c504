namespace InspectionSuite.Identity;

public interface IUserDirectoryAppService
{
    /// <summary>The signed-in user (any role).</summary>
    Task<CurrentUserDto> GetMeAsync(CancellationToken ct = default);
    /// <summary>Users whose name matches, by user name, at most 20 a page. Needs Cases.Assign (the permission that assigns teams).</summary>
    Task<PagedResultDto<UserLookupDto>> LookupAsync(GetUserLookupInput input, CancellationToken ct = default);
}
