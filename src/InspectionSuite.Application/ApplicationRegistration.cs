using InspectionSuite.Auditing;
using InspectionSuite.Seeding;
using InspectionSuite.Notifications;

namespace InspectionSuite;

public static class ApplicationRegistration
{
    /// <summary>Application services, validators and the seeder. The host supplies ICurrentUser, the database and Identity.</summary>
    public static IServiceCollection AddInspectionSuiteApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InspectionSuiteLocalizer>();
        // Every IValidator<T> in this assembly (FluentValidation's DI package is not needed for this). Singletons: they
        // hold only their rules, and building the rules compiles expressions (JIT); per request, the case services'
        // dozens of validators were a steady share of the case page's CPU and allocations under load.
        foreach (var type in typeof(ApplicationRegistration).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }))
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
                services.AddSingleton(contract, type);
        services.TryAddSingleton<IValidationPipeline, ValidationPipeline>();
        services.TryAddSingleton<PermissionGrantCache>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<IPermissionAppService, PermissionAppService>();
        services.AddScoped<IUnitAppService, UnitAppService>();
        services.AddScoped<AuditLogAppService>();
        services.AddScoped<IAuditLogAppService>(sp => sp.GetRequiredService<AuditLogAppService>());
        services.AddOptions<AuditOptions>().Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(AuditOptions.Section).Bind(o));
        // Runs only where a host runs hosted services (the web app), after the database initializer registered before it.
        services.AddHostedService<AuditCheckpointHost>();
        // Hosts without IConfiguration (tools, tests) keep the defaults.
        services.AddOptions<PlanningOptions>().Configure<IServiceProvider>((o, sp) =>
            sp.GetService<IConfiguration>()?.GetSection(PlanningOptions.Section).Bind(o));
        // Completed checks = closed cases ∪ plan items marked done by hand (docs/sampling.md, "Coverage").
        services.AddScoped<PlanItemCompletedCheckSource>();
        services.TryAddScoped<ICompletedCheckSource, ClosedCaseCompletedCheckSource>();
        services.AddScoped<AnnualPlanManager>();
        services.AddScoped<IAnnualPlanAppService, AnnualPlanAppService>();
        services.AddScoped<DataSeeder>();
        services.AddScoped<Integrity.IntegrityVerifier>();
        services.AddCaseServices();
        services.AddNotificationServices();
        services.AddDocumentServices();
        Monitoring.MonitoringRegistration.AddMonitoringServices(services);
        services.AddScoped<Oversight.IOversightAppService, Oversight.OversightAppService>();
        // The overdue board's kinds besides tasks: one IOverdueSource each (other kinds register theirs the same way).
        services.TryAddSingleton<Inbox.InboxOptions>();
        services.TryAddSingleton<Inbox.InboxFacetCache>();
        services.AddScoped<Inbox.RuntimeInboxPage>();
        services.AddScoped<Inbox.IInboxAppService, Inbox.InboxAppService>();
        services.AddScoped<Home.IHomeAppService, Home.HomeAppService>();
        services.AddScoped<Oversight.IOverdueBoardAppService, Oversight.Overdue.OverdueBoardAppService>();
        services.AddScoped<Oversight.Overdue.IOverdueSource, Oversight.Overdue.DeadlineOverdueSource>();
        services.AddScoped<Oversight.Overdue.IOverdueSource, Oversight.Overdue.SanctionOverdueSource>();
        services.AddScoped<Oversight.Overdue.IOverdueSource, Oversight.Overdue.UnitReportOverdueSource>();
        services.AddScoped<Oversight.Overdue.IOverdueSource, Oversight.Overdue.KpiReportOverdueSource>();
        services.AddScoped<Oversight.Overdue.IOverdueSource, Oversight.Overdue.KpiResubmissionOverdueSource>();
        services.AddScoped<Oversight.Overdue.IOverdueSource, Oversight.Overdue.UnitPlanOverdueSource>();
        services.AddScoped<Oversight.Overdue.IOverdueSource, Oversight.Overdue.LawDeadlineOverdueSource>();
        services.AddScoped<Oversight.IUserAdminAppService, Oversight.UserAdminAppService>();
        services.AddScoped<IUserDirectoryAppService, UserDirectoryAppService>();
        services.AddScoped<Oversight.IWorkflowAdminAppService, Oversight.WorkflowAdminAppService>();
        return services;
    }
}
