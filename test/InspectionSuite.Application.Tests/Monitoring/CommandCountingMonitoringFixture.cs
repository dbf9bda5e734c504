using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Application.Tests.Monitoring;

/// <summary>The monitoring fixture with its database commands recorded (<see cref="CommandRecorder"/>).</summary>
public sealed class CommandCountingMonitoringFixture : MonitoringFixture
{
    public CommandRecorder Recorder { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.ConfigureDbContext<SqliteInspectionSuiteDbContext>((_, o) => o.AddInterceptors(Recorder));
    }
}
