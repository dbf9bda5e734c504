using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InspectionSuite.Web;

/// <summary>
/// At start-up: creates or migrates the database and seeds reference data; in Development (or with
/// DemoData:Enabled) also the demo users, and prints the URL and demo logins once the server listens. Without
/// demo data, demo users left by an earlier run are locked; the demo password is printed in Development only.
/// </summary>
public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IHostEnvironment environment,
    IConfiguration configuration,
    IHostApplicationLifetime lifetime,
    IServer server,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public bool DemoEnabled => environment.IsDevelopment() || configuration.GetValue<bool>("DemoData:Enabled");

    public async Task StartAsync(CancellationToken ct)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbMigrator>().MigrateAsync(ct);
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(includeDemoUsers: DemoEnabled, ct);
            if (DemoEnabled)
            {
                await scope.ServiceProvider.GetRequiredService<DemoCaseSeeder>().SeedAsync(ct);
                await scope.ServiceProvider.GetRequiredService<InspectionSuite.Monitoring.DemoMonitoringSeeder>().SeedAsync(ct);
            }
            else await scope.ServiceProvider.GetRequiredService<DataSeeder>().LockDemoUsersAsync(ct);
        }
        lifetime.ApplicationStarted.Register(() =>
        {
            var urls = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            logger.LogInformation("InspectionSuite is running at {Urls}", string.Join(", ", urls));
            var logins = string.Join(", ", DataSeeder.DemoLogins.Select(l => $"{l.UserName} ({l.Role})"));
            if (environment.IsDevelopment())
                logger.LogInformation("Demo logins (Development only; password {Password}): {Logins}", DataSeeder.DemoPassword, logins);
            else if (DemoEnabled)
                logger.LogWarning("DemoData:Enabled is on outside Development: the demo logins {Logins} accept the README's password", logins);
        });
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
