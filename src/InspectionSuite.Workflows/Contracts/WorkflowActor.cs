namespace InspectionSuite.Workflows.Contracts;

/// <summary>
/// Who asks the runtime to act: the caller resolves the signed-in user (id, name, roles and granted permission
/// names) and passes it in; the runtime never looks users up itself.
/// </summary>
public sealed record WorkflowActor(string UserId, string DisplayName, IReadOnlyCollection<string> Roles, IReadOnlyCollection<string> Permissions)
{
    /// <summary>The runtime itself (timers, escalations). Holds no permission; transitions it fires skip the permission check.</summary>
    public static WorkflowActor System { get; } = new("system", "System", [], []);

    // Reference equality on purpose: a user whose id happens to be "system" gets no bypass.
    public bool IsSystem => ReferenceEquals(this, System);

    public bool HasPermission(string? permission)
        => string.IsNullOrEmpty(permission) || IsSystem || Permissions.Contains(permission, StringComparer.Ordinal);

    public bool HasRole(string? role) => role is not null && Roles.Contains(role, StringComparer.Ordinal);
}
