namespace InspectionSuite.Workflows.Contracts;

/// <summary>Alterations of a running instance by an administrator: migrate it to another version, cancel it, retry a failed step.</summary>
public interface IWorkflowAlterationService
{
    /// <summary>What <see cref="MigrateAsync"/> would do (tasks and deadlines cancelled, carried over, created); nothing is saved.</summary>
    Task<MigrationPlan> PlanMigrationAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string>? stateMapping, int expectedVersion, CancellationToken ct = default);

    /// <summary>Moves a running instance to another published version (its state mapped by <paramref name="stateMapping"/>, or kept by name).</summary>
    Task<MigrationPlan> MigrateAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string>? stateMapping, WorkflowActor actor, int expectedVersion, CancellationToken ct = default);

    /// <summary>Cancels a running instance (open tasks and deadlines cancelled).</summary>
    Task CancelAsync(Guid instanceId, WorkflowActor actor, string reason, int expectedVersion, CancellationToken ct = default);

    /// <summary>Retries an open incident (re-fire its trigger, or re-arm its timer). Returns the fire result for transition incidents.</summary>
    Task<FireResult?> RetryIncidentAsync(Guid incidentId, WorkflowActor actor, CancellationToken ct = default);
}
