using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Services;
using InspectionSuite.Workflows.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InspectionSuite.Workflows.Tests;

/// <summary>One runtime "app instance": its own service provider (and so its own DbContexts) over a shared SQLite file.</summary>
public sealed class TestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 8, 28, 2, 0, 0, TimeSpan.Zero); // Friday 09:00 in Vietnam
    public static string DefinitionsDir => Path.Combine(AppContext.BaseDirectory, "Definitions");

    public ServiceProvider Services { get; }

    public TestHost(string dbPath, FakeTimeProvider time, Probe probe, RecordingNotifier notifier, string hostId = "host-1", Action<WorkflowRuntimeOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(probe);
        services.AddSingleton<IWorkflowNotifier>(notifier);
        services.AddDbContext<TestDbContext>(o => o.UseSqlite($"Data Source={dbPath};Default Timeout=30"));
        services.AddWorkflowRuntime<TestDbContext>(o =>
        {
            o.AddComponentsFrom(typeof(TestHost).Assembly);
            o.DefinitionsDirectory = DefinitionsDir;
            o.HostId = hostId;
            o.Holidays.AddRange([new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2), new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 9), new DateOnly(2027, 2, 10), new DateOnly(2027, 2, 11)]);
            configure?.Invoke(o);
        });
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public async Task<T> Run<T>(Func<WorkflowServices, TestDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(WorkflowServices.From(scope.ServiceProvider), scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public Task Run(Func<WorkflowServices, TestDbContext, Task> work) => Run<bool>(async (r, db) => { await work(r, db); return true; });

    public async Task<T> Definitions<T>(Func<WorkflowDefinitionService, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>());
    }

    public Task<int> RunDueTimersAsync() => Services.GetRequiredService<WorkflowTimerService>().RunDueTimersAsync(CancellationToken.None);

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
