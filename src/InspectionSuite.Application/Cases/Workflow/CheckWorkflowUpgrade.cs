using InspectionSuite.Permissions;
using InspectionSuite.Workflows;
using InspectionSuite.Workflows.Contracts;

namespace InspectionSuite.Cases.Workflow;

/// <summary>
/// Moves the running checks of noi-vu.check v1 (a copy of the inspection procedure) to v2 (Sở Nội vụ's own procedure)
/// by the runtime's journaled migration alteration, one case at a time; the case's state moves in the same save.
/// The mapping is documented in docs/cases.md ("Sở Nội vụ's check, v1 → v2").
/// </summary>
public sealed class CheckWorkflowUpgrade(IRepository<InspectionCase> cases, IWorkflowInstanceQueries workflows, IWorkflowAlterationService alterations, CaseAccess access, IPermissionChecker permissions)
{
    public const int FromVersion = 1;
    public const int ToVersion = 2;

    /// <summary>v1 state → v2 state. Final states are not migrated (finished instances keep v1).</summary>
    public static readonly IReadOnlyDictionary<string, string> V1ToV2 = new Dictionary<string, string>
    {
        [CaseStates.Planned] = CaseStates.Planned,
        [CaseStates.Decided] = CaseStates.Decided,
        // Announced: the unit knows of the check; v2 asks for its self-assessment from Decided.
        [CaseStates.Announced] = CaseStates.Decided,
        [CaseStates.OnSite] = CaseStates.OnSite,
        // v2 has no results report and no appraisal: both lead to the conclusion notice.
        [CaseStates.Reporting] = CaseStates.Concluding,
        [CaseStates.Concluding] = CaseStates.Concluding,
        // The conclusion is signed: what remains is the unit's remedies.
        [CaseStates.Published] = CaseStates.FollowUp,
        [CaseStates.Sanctioning] = CaseStates.FollowUp,
        [CaseStates.FollowUp] = CaseStates.FollowUp,
    };

    /// <summary>Migrates (or with <paramref name="dryRun"/> only plans) every running v1 check; needs Workflows.Alter.</summary>
    public async Task<IReadOnlyList<CheckUpgradeDto>> UpgradeRunningAsync(bool dryRun, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Workflows.Alter, ct);
        var actor = await access.ActorAsync(ct);
        var running = await cases.ToListAsync(cases.Query()
            .Where(c => c.Kind == CaseKind.Check && c.WorkflowInstanceId != null && c.State != CaseStates.Closed && c.State != CaseStates.Cancelled)
            .OrderBy(c => c.Code)
            .Select(c => new { c.Id, c.Code, InstanceId = c.WorkflowInstanceId!.Value }), ct);
        var today = access.Today;
        var results = new List<CheckUpgradeDto>();
        foreach (var row in running)
        {
            var instance = await workflows.GetInstanceAsync(row.InstanceId, ct);
            if (instance.DefinitionId != CaseWorkflows.CheckDefinitionId || instance.DefinitionVersion != FromVersion || instance.Status != "Running") continue;
            if (!dryRun)
            {
                // Entry actions do not run on a migration: the case follows here, saved with the instance by the runtime.
                var @case = await cases.GetAsync(row.Id, ct);
                @case.EnterState(V1ToV2.GetValueOrDefault(instance.State, instance.State), row.InstanceId, today);
            }
            var plan = dryRun
                ? await alterations.PlanMigrationAsync(row.InstanceId, ToVersion, V1ToV2, instance.Version, ct)
                : await alterations.MigrateAsync(row.InstanceId, ToVersion, V1ToV2, actor, instance.Version, ct);
            results.Add(new CheckUpgradeDto(row.Id, row.Code, plan.FromState, plan.ToState, plan.Applied, plan.TasksCancelled, plan.TasksCreated));
        }
        return results;
    }
}
