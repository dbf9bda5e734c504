using InspectionSuite.Planning;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Application.Tests.Planning;

public sealed class PlanningWithCasesFixture : PlanningFixture
{
    public RecordingCaseFactory Cases { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<IPlannedCaseFactory>(Cases);
    }
}
