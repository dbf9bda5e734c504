namespace InspectionSuite.Workflows.Contracts;

/// <summary>Sends escalation notices (e-mail, in-app). The default implementation does nothing; the app replaces it.</summary>
public interface IWorkflowNotifier
{
    ValueTask NotifyOverdueAsync(OverdueNotice notice, CancellationToken ct);
}

/// <summary>A deadline expired on an instance; <see cref="Recipients"/> are the roles/users named by the escalation.</summary>
public sealed record OverdueNotice(Guid InstanceId, string CorrelationId, string DefinitionId, string State, string Deadline, DateTime DueAtUtc, IReadOnlyList<string> Recipients);

/// <summary>Default notifier: no-op.</summary>
public sealed class NullWorkflowNotifier : IWorkflowNotifier
{
    public ValueTask NotifyOverdueAsync(OverdueNotice notice, CancellationToken ct) => ValueTask.CompletedTask;
}
