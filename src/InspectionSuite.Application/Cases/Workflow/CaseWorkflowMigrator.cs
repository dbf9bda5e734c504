using InspectionSuite.Workflows.Contracts;

namespace InspectionSuite.Cases.Workflow;

/// <summary>
/// Moves running cases of thanh-tra.inspection v1 (Luật Thanh tra 11/2022) to v2 (Luật Thanh tra 84/2025/QH15) with the
/// runtime's own alteration (<see cref="IWorkflowRuntime.MigrateAsync"/>: journaled, dry run first), by the state mapping
/// documented in docs/cases.md. v2 keeps v1's states, so every state maps to itself and the case's state mirror stays
/// right; what changes is the work of the state: open tasks and deadlines of the same name carry over with their due
/// time, the rest are cancelled or created (e.g. a Decided case gets "Phê duyệt kế hoạch tiến hành" for Leadership, which
/// Announce now requires).
/// </summary>
public sealed class CaseWorkflowMigrator(IWorkflowRuntime runtime, IRepository<InspectionCase> cases)
{
    public const int FromVersion = 1;
    public const int ToVersion = 2;

    /// <summary>v1 state → v2 state, for every non-final state of v1 (final instances are not running and never move).</summary>
    public static readonly IReadOnlyDictionary<string, string> ThanhTraV1ToV2 = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CaseStates.Planned] = CaseStates.Planned,
        [CaseStates.Decided] = CaseStates.Decided,
        [CaseStates.Announced] = CaseStates.Announced,
        [CaseStates.OnSite] = CaseStates.OnSite,
        [CaseStates.Reporting] = CaseStates.Reporting,
        [CaseStates.Concluding] = CaseStates.Concluding,
        [CaseStates.Published] = CaseStates.Published,
        [CaseStates.Sanctioning] = CaseStates.Sanctioning,
        [CaseStates.FollowUp] = CaseStates.FollowUp,
    };

    /// <summary>Migrates one case's instance (or, with <paramref name="dryRun"/>, says what would change). Null when the case is not on v1 or not running.</summary>
    public async Task<MigrationPlan?> MigrateAsync(Guid caseId, WorkflowActor actor, bool dryRun, CancellationToken ct)
    {
        var @case = await cases.GetAsync(caseId, ct);
        if (@case.Kind != CaseKind.Inspection || @case.WorkflowInstanceId is not { } instanceId) return null;
        var instance = await runtime.GetInstanceAsync(instanceId, ct);
        if (instance.DefinitionId != CaseWorkflows.InspectionDefinitionId || instance.DefinitionVersion != FromVersion || instance.Status != InspectionSuite.Workflows.Persistence.WorkflowInstanceStatus.Running) return null;
        return await runtime.MigrateAsync(instanceId, ToVersion, ThanhTraV1ToV2, actor, instance.Version, dryRun, ct);
    }

    /// <summary>Every running inspection still on v1, one alteration each; returns the plans (applied, or only computed with <paramref name="dryRun"/>).</summary>
    public async Task<IReadOnlyList<MigrationPlan>> MigrateAllAsync(WorkflowActor actor, CancellationToken ct, bool dryRun = false)
    {
        var ids = await cases.ToListAsync(cases.Query()
            .Where(c => c.Kind == CaseKind.Inspection && c.WorkflowInstanceId != null && c.State != CaseStates.Closed && c.State != CaseStates.Cancelled)
            .Select(c => c.Id), ct);
        var plans = new List<MigrationPlan>();
        foreach (var id in ids)
            if (await MigrateAsync(id, actor, dryRun, ct) is { } plan) plans.Add(plan);
        return plans;
    }
}
