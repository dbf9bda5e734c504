using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InspectionSuite.Workflows.Timers;

/// <summary>
/// Background host: imports the definitions directory at start (an invalid definition fails the start with its
/// errors), then runs due timers immediately — covering timers that fell due while the app was down — and every
/// <see cref="WorkflowRuntimeOptions.TimerPollInterval"/> after.
/// </summary>
public sealed class WorkflowTimerHost(WorkflowTimerService timers, IServiceScopeFactory scopes, WorkflowRuntimeOptions options, TimeProvider time, ILogger<WorkflowTimerHost>? logger = null) : BackgroundService
{
    private readonly ILogger _log = (ILogger?)logger ?? NullLogger.Instance;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.ImportDefinitionsOnStart)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().ImportDirectoryAsync(null, cancellationToken);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await timers.RunDueTimersAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception ex) { _log.LogError(ex, "Workflow timer pass failed; retrying next interval"); }
            try { await Task.Delay(options.TimerPollInterval, time, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
