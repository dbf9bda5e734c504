namespace InspectionSuite.Workflows.Contracts;

/// <summary>Read-only views of instances: their summary, journal, tasks, open incidents and diagram. Nothing here writes.</summary>
public interface IWorkflowInstanceQueries
{
    Task<WorkflowInstanceInfo> GetInstanceAsync(Guid instanceId, CancellationToken ct = default);
    Task<IReadOnlyList<WorkflowInstanceInfo>> FindByCorrelationAsync(string correlationId, CancellationToken ct = default);
    Task<IReadOnlyList<JournalEntryInfo>> GetJournalAsync(Guid instanceId, CancellationToken ct = default);

    /// <summary>Every task of the instance (open or closed), oldest first.</summary>
    Task<IReadOnlyList<HumanTaskInfo>> GetTasksAsync(Guid instanceId, CancellationToken ct = default);
    Task<IReadOnlyList<Persistence.WorkflowIncident>> GetOpenIncidentsAsync(Guid? instanceId = null, CancellationToken ct = default);

    /// <summary>Mermaid state diagram of the instance's definition version, its current state highlighted.</summary>
    Task<string> GetInstanceDiagramAsync(Guid instanceId, string culture = "vi", CancellationToken ct = default);
}
