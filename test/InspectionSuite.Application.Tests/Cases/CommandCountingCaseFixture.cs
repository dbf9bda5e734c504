using InspectionSuite.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>The case fixture with a command interceptor that records the SQL of the contexts a test watches.</summary>
public sealed class CommandCountingCaseFixture : CaseFixture
{
    public CommandRecorder Recorder { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.ConfigureDbContext<SqliteInspectionSuiteDbContext>((_, o) => o.AddInterceptors(Recorder));
    }
}
