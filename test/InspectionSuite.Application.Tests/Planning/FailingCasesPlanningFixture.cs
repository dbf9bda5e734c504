using InspectionSuite.Planning;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Application.Tests.Planning;

public sealed class FailingCasesPlanningFixture : PlanningFixture
{
    public FailingCaseFactory.Counter Counter { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton(Counter);
        services.AddScoped<IPlannedCaseFactory, FailingCaseFactory>();
    }
}
