using InspectionSuite.Workflows.Timers;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InspectionSuite.Workflows;

/// <summary>Registers the workflow runtime over the application's DbContext.</summary>
public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Adds the runtime. <typeparamref name="TContext"/> must be registered (scoped) by the caller and map
    /// <c>modelBuilder.ConfigureWorkflowRuntime()</c>. Guards/actions of <see cref="WorkflowRuntimeOptions.ComponentAssemblies"/>
    /// are registered scoped (keyed by name); <see cref="TimeProvider"/> and <see cref="IWorkflowNotifier"/> only if absent.
    /// </summary>
    public static IServiceCollection AddWorkflowRuntime<TContext>(this IServiceCollection services, Action<WorkflowRuntimeOptions>? configure = null)
        where TContext : DbContext
    {
        var options = new WorkflowRuntimeOptions();
        configure?.Invoke(options);
        var registry = WorkflowComponentRegistry.FromAssemblies(options.ComponentAssemblies);

        services.AddSingleton(options);
        services.AddSingleton(registry);
        foreach (var (name, type) in registry.Guards) services.AddKeyedScoped(typeof(IWorkflowGuard), name, type);
        foreach (var (name, type) in registry.Actions) services.AddKeyedScoped(typeof(IWorkflowAction), name, type);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWorkflowNotifier, NullWorkflowNotifier>();
        services.TryAddSingleton<WorkingCalendar>();
        services.TryAddSingleton<WorkflowDefinitionCache>();
        services.TryAddSingleton<WorkflowTimerService>();
        services.TryAddScoped(sp => new WorkflowDbContextAccessor(sp.GetRequiredService<TContext>()));
        services.TryAddScoped<WorkflowDefinitionService>();
        // The pieces the services below share within a scope (one instance cache, one DbContext).
        services.TryAddScoped<WorkflowInstanceStore>();
        services.TryAddScoped<StateWork>();
        services.TryAddScoped<WorkflowComponents>();
        services.TryAddScoped<TransitionStep>();
        services.TryAddScoped<DeadlineExpiry>();
        services.TryAddScoped<IWorkflowRuntime, WorkflowRuntime>();
        services.TryAddScoped<IHumanTaskService, HumanTaskService>();
        services.TryAddScoped<IWorkflowInbox, WorkflowInbox>();
        services.TryAddScoped<IWorkflowAlterationService, WorkflowAlterationService>();
        services.TryAddScoped<IWorkflowInstanceQueries, WorkflowInstanceQueries>();
        if (options.RunTimerHost) services.AddHostedService<WorkflowTimerHost>();
        return services;
    }
}
