namespace InspectionSuite.Notifications;

public static class NotificationRegistration
{
    /// <summary>In-app notifications; replaces the runtime's no-op notifier whichever is registered first.</summary>
    public static IServiceCollection AddNotificationServices(this IServiceCollection services)
    {
        services.AddScoped<INotificationAppService, NotificationAppService>();
        services.Replace(ServiceDescriptor.Singleton<IWorkflowNotifier, OverdueNotificationWriter>());
        // E-mail copies: queued by the save pipeline, sent after the commit by the outbox host (off while Email:Host is unset).
        services.AddOptions<EmailOptions>().Configure<IServiceProvider>((o, sp) =>
            sp.GetService<IConfiguration>()?.GetSection(EmailOptions.Section).Bind(o));
        services.AddScoped<EmailOutboxSender>();
        services.AddHostedService<EmailOutboxHost>();
        return services;
    }
}
