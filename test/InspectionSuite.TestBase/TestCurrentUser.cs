namespace InspectionSuite.Testing;

/// <summary>The acting user inside a test scope; set by <see cref="AppFixture.RunAsAsync{T}"/>.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    public Guid? Id { get; set; }
    public string? UserName { get; set; }
    public bool IsAuthenticated => UserName is not null;
    public IReadOnlyList<string> Roles { get; set; } = [];
}
