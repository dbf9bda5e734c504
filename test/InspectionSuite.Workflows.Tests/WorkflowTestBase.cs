namespace InspectionSuite.Workflows.Tests;

/// <summary>Each test gets its own database file (xunit creates one class instance per test).</summary>
public abstract class WorkflowTestBase : IAsyncLifetime
{
    protected WorkflowFixture F { get; } = new();
    public Task InitializeAsync() => F.InitializeAsync();
    public Task DisposeAsync() => F.DisposeAsync();
}
