namespace InspectionSuite.Permissions;

/// <summary>Answers "may the current user do X" from the role grants (kept for the scope; see PermissionGrantCache).</summary>
public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(string permissionName, CancellationToken ct = default);
    Task<IReadOnlySet<string>> GetGrantedAsync(CancellationToken ct = default);
    Task CheckAsync(string permissionName, CancellationToken ct = default);
}
