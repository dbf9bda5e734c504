using Microsoft.Extensions.Hosting;

namespace InspectionSuite.Auditing;

/// <summary>
/// Writes an audit chain checkpoint every <see cref="AuditOptions.CheckpointIntervalMinutes"/>: deleting records newer
/// than the last checkpoint goes unnoticed, so the interval bounds what a truncation can hide. Each web instance runs
/// one; a checkpoint that would repeat the newest is skipped.
/// </summary>
public sealed class AuditCheckpointHost(IServiceScopeFactory scopes, IOptions<AuditOptions> options, TimeProvider time, ILogger<AuditCheckpointHost> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.CheckpointIntervalMinutes <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.CheckpointIntervalMinutes), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<AuditLogAppService>().CheckpointAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException) { logger.LogError(ex, "Audit checkpoint failed; retrying next interval"); }
            }
        }
        catch (OperationCanceledException) { }
    }
}
