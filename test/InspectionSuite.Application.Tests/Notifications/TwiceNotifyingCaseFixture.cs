using System.Collections.Concurrent;
using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Notifications;
using InspectionSuite.Workflows.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InspectionSuite.Application.Tests.Notifications;

/// <summary>The case fixture whose notifier delivers every notice twice, as a retrying timer service may.</summary>
public sealed class TwiceNotifyingCaseFixture : CaseFixture
{
    public ConcurrentQueue<OverdueNotice> Notices { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<OverdueNotificationWriter>();
        services.Replace(ServiceDescriptor.Singleton<IWorkflowNotifier>(sp => new TwiceNotifier(sp.GetRequiredService<OverdueNotificationWriter>(), Notices)));
    }

    private sealed class TwiceNotifier(OverdueNotificationWriter inner, ConcurrentQueue<OverdueNotice> notices) : IWorkflowNotifier
    {
        public async ValueTask NotifyOverdueAsync(OverdueNotice notice, CancellationToken ct)
        {
            notices.Enqueue(notice);
            await inner.NotifyOverdueAsync(notice, ct);
            await inner.NotifyOverdueAsync(notice, ct);
        }
    }
}
