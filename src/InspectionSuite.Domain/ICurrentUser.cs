namespace InspectionSuite;

/// <summary>Who is acting now (a web request's user, the CLI, or the system for background work).</summary>
public interface ICurrentUser
{
    Guid? Id { get; }
    string? UserName { get; }
    bool IsAuthenticated { get; }
    IReadOnlyList<string> Roles { get; }
    bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
