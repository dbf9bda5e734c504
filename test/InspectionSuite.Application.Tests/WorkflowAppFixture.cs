using InspectionSuite.Cases;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Testing;
using InspectionSuite.Workflows.Services;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Application.Tests;

/// <summary>
/// The real app over SQLite with the workflow runtime and the repository's case workflows (imported and published when
/// the fixture starts; no timer host, tests move time themselves). Subclasses add their clock and options.
/// </summary>
public abstract class WorkflowAppFixture : AppFixture, Xunit.IAsyncLifetime
{
    protected override void ConfigureServices(IServiceCollection services)
        => services.AddInspectionSuiteWorkflows(o =>
        {
            o.UseCaseComponents();
            o.DefinitionsDirectory = TestPaths.Workflows;
            o.RunTimerHost = false;
        });

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RunAsAsync("admin", sp => sp.GetRequiredService<WorkflowDefinitionService>().ImportDirectoryAsync());
    }

    Task Xunit.IAsyncLifetime.InitializeAsync() => InitializeAsync();
}
