using Microsoft.Extensions.Hosting;

namespace InspectionSuite.Monitoring;

/// <summary>Runs <see cref="MonitoringReminders"/> at start and then every hour (a day's reminders go out once).</summary>
public sealed class MonitoringReminderHost(IServiceScopeFactory scopes, TimeProvider time, ILogger<MonitoringReminderHost> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        try
        {
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<MonitoringReminders>().RunAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException) { logger.LogError(ex, "Monitoring reminders failed; retrying next hour"); }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) { }
    }
}
