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

/// <summary>For the CLI and background hosts: acts as the named system account.</summary>
public sealed class SystemUser(string name = "system") : ICurrentUser
{
    public Guid? Id => null;
    public string? UserName => name;
    public bool IsAuthenticated => true;
    public IReadOnlyList<string> Roles => [];
}
