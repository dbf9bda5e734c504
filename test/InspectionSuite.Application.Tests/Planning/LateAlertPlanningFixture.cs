using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Application.Tests.Planning;

/// <summary>Alert date moved by configuration (option Planning:CoverageAlertFrom).</summary>
public sealed class LateAlertPlanningFixture : PlanningFixture
{
    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        // The option as an operator sets it: the configuration key Planning:CoverageAlertFrom.
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Default"] = ConnectionString,
                ["Planning:CoverageAlertFrom"] = "10-15",
            }).Build());
    }
}
