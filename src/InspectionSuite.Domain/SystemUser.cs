namespace InspectionSuite;

/// <summary>For the CLI and background hosts: acts as the named system account.</summary>
public sealed class SystemUser(string name = "system") : ICurrentUser
{
    public Guid? Id => null;
    public string? UserName => name;
    public bool IsAuthenticated => true;
    public IReadOnlyList<string> Roles => [];
}
