using InspectionSuite.Workflows.Diagrams;

namespace InspectionSuite.Workflows.Services;

/// <summary>Default <see cref="IWorkflowInstanceQueries"/>: untracked reads; an instance read here is remembered for the scope (see <see cref="WorkflowInstanceStore.ReadAsync"/>).</summary>
internal sealed class WorkflowInstanceQueries(WorkflowInstanceStore store, WorkflowDefinitionService definitions) : IWorkflowInstanceQueries
{
    private DbContext Db => store.Db;

    public async Task<WorkflowInstanceInfo> GetInstanceAsync(Guid instanceId, CancellationToken ct = default)
        => WorkflowInstanceStore.ToInfo((await store.ReadAsync(instanceId, ct)).Instance);

    public async Task<IReadOnlyList<WorkflowInstanceInfo>> FindByCorrelationAsync(string correlationId, CancellationToken ct = default)
        => (await Db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.CorrelationId == correlationId).OrderBy(i => i.CreatedAtUtc).ToListAsync(ct)).Select(WorkflowInstanceStore.ToInfo).ToList();

    public async Task<IReadOnlyList<JournalEntryInfo>> GetJournalAsync(Guid instanceId, CancellationToken ct = default)
        => await Db.Set<WorkflowJournalEntry>().AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence)
            .Select(j => new JournalEntryInfo(j.Sequence, j.OccurredAtUtc, j.Kind, j.ActorId, j.ActorName, j.FromState, j.ToState, j.Trigger, j.PayloadSummary, j.DurationMs))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<HumanTaskInfo>> GetTasksAsync(Guid instanceId, CancellationToken ct = default)
        => await Db.Set<WorkflowHumanTask>().AsNoTracking().Where(t => t.InstanceId == instanceId).OrderBy(t => t.CreatedAtUtc).ThenBy(t => t.Id).Select(HumanTaskProjection.Expression).ToListAsync(ct);

    public async Task<IReadOnlyList<WorkflowIncident>> GetOpenIncidentsAsync(Guid? instanceId = null, CancellationToken ct = default)
        => await Db.Set<WorkflowIncident>().AsNoTracking()
            .Where(i => i.Status == IncidentStatus.Open && (instanceId == null || i.InstanceId == instanceId))
            .OrderBy(i => i.OccurredAtUtc).ToListAsync(ct);

    public async Task<string> GetInstanceDiagramAsync(Guid instanceId, string culture = "vi", CancellationToken ct = default)
    {
        var instance = await GetInstanceAsync(instanceId, ct);
        var def = await definitions.GetPublishedAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        return MermaidDiagram.Render(def, instance.State, culture);
    }
}
