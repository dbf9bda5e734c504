namespace InspectionSuite.Permissions;

/// <summary>One permission granted to one role (ABP's PermissionGrant, provider "R" only).</summary>
public sealed class PermissionGrant : Entity<Guid>
{
    public const int MaxNameLength = 128;
    public string RoleName { get; private set; } = "";
    public string PermissionName { get; private set; } = "";

    private PermissionGrant() { }

    public PermissionGrant(Guid id, string roleName, string permissionName)
    {
        Id = id;
        RoleName = Check.NotEmpty(roleName, nameof(roleName), MaxNameLength);
        PermissionName = Check.NotEmpty(permissionName, nameof(permissionName), MaxNameLength);
    }
}
