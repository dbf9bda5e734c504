using Microsoft.Extensions.Hosting;

namespace InspectionSuite.Notifications;

/// <summary>
/// Runs <see cref="EmailOutboxSender"/> every <see cref="EmailOptions.PollSeconds"/> while e-mail is configured. Several
/// web instances may run one each: a row sent twice is the price (rare, harmless) of not locking.
/// </summary>
public sealed class EmailOutboxHost(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider time, ILogger<EmailOutboxHost> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<EmailOutboxSender>().SendDueAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException) { logger.LogError(ex, "E-mail outbox pass failed; retrying next interval"); }
            }
        }
        catch (OperationCanceledException) { }
    }
}
