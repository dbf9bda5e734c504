using InspectionSuite.Workflows.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InspectionSuite.Notifications;

public static class NotificationRegistration
{
    /// <summary>In-app notifications; replaces the runtime's no-op notifier whichever is registered first.</summary>
    public static IServiceCollection AddNotificationServices(this IServiceCollection services)
    {
        services.AddScoped<INotificationAppService, NotificationAppService>();
        services.Replace(ServiceDescriptor.Singleton<IWorkflowNotifier, OverdueNotificationWriter>());
        return services;
    }
}
