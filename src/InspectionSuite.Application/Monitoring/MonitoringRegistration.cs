namespace InspectionSuite.Monitoring;

public static class MonitoringRegistration
{
    public static IServiceCollection AddMonitoringServices(this IServiceCollection services)
    {
        // Hosts without IConfiguration (tools, tests) keep the defaults; a bad due date fails at the first use of the options.
        services.AddOptions<MonitoringOptions>()
            .Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(MonitoringOptions.Section).Bind(o))
            .Validate(o => { o.Validate(); return true; })
            .ValidateOnStart();
        services.AddScoped<MonitoringAccess>();
        services.AddScoped<MonitoringFigures>();
        services.AddScoped<IUnitKpiReportAppService, UnitKpiReportAppService>();
        services.AddScoped<IUnitPlanAppService, UnitPlanAppService>();
        services.AddScoped<MonitoringReminders>();
        services.AddScoped<DemoMonitoringSeeder>();
        services.AddHostedService<MonitoringReminderHost>();
        return services;
    }
}
