namespace InspectionSuite.Workflows.Contracts;

/// <summary>Sends escalation notices (e-mail, in-app). The default implementation does nothing; the app replaces it.</summary>
public interface IWorkflowNotifier
{
    ValueTask NotifyOverdueAsync(OverdueNotice notice, CancellationToken ct);
}
