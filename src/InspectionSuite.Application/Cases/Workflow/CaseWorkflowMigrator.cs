namespace InspectionSuite.Cases.Workflow;

/// <summary>
/// Moves running cases of one definition from one version to another (<see cref="CaseWorkflowMigration"/>: the state
/// mapping is data per definition and version pair) with the runtime's own journaled alteration
/// (<see cref="IWorkflowAlterationService.MigrateAsync"/>, dry run first), one case at a time. Entry actions do not run
/// on a migration, so the case's state mirror follows here, saved with the instance by the runtime. Serves the CLI
/// (<c>workflows migrate-cases</c>) and <c>POST /api/workflows/{definition}/upgrade</c> alike.
/// </summary>
public sealed class CaseWorkflowMigrator(
    IRepository<InspectionCase> cases,
    IWorkflowInstanceQueries workflows,
    IWorkflowAlterationService alterations,
    CaseWorkflowContext calendar,
    CaseAccess access,
    IPermissionChecker permissions)
{
    /// <summary>One case moved (or, in a dry run, to be moved).</summary>
    public sealed record CaseMigration(Guid CaseId, string CaseCode, MigrationPlan Plan);

    /// <summary>Migrates one case's instance (or, with <paramref name="dryRun"/>, says what would change). Null when the case is not a running instance of the migration's source version.</summary>
    public async Task<MigrationPlan?> MigrateAsync(Guid caseId, CaseWorkflowMigration migration, WorkflowActor actor, bool dryRun, CancellationToken ct)
    {
        var @case = await cases.GetAsync(caseId, ct);
        if (@case.Kind != migration.Kind || @case.WorkflowInstanceId is not { } instanceId) return null;
        var instance = await workflows.GetInstanceAsync(instanceId, ct);
        if (instance.DefinitionId != migration.DefinitionId || instance.DefinitionVersion != migration.FromVersion || instance.Status != WorkflowInstanceStatus.Running) return null;
        if (dryRun) return await alterations.PlanMigrationAsync(instanceId, migration.ToVersion, migration.StateMap, instance.Version, ct);
        var to = migration.MapState(instance.State);
        if (to != @case.State) @case.EnterState(to, instanceId, calendar.Today);
        return await alterations.MigrateAsync(instanceId, migration.ToVersion, migration.StateMap, actor, instance.Version, ct);
    }

    /// <summary>Every running case of the migration's kind still on its source version, in code order; the plans applied, or only computed with <paramref name="dryRun"/>.</summary>
    public async Task<IReadOnlyList<CaseMigration>> MigrateRunningAsync(CaseWorkflowMigration migration, WorkflowActor actor, bool dryRun, CancellationToken ct)
    {
        var running = await cases.ToListAsync(cases.Query()
            .Where(c => c.Kind == migration.Kind && c.WorkflowInstanceId != null && c.State != CaseStates.Closed && c.State != CaseStates.Cancelled)
            .OrderBy(c => c.Code)
            .Select(c => new { c.Id, c.Code }), ct);
        var moved = new List<CaseMigration>();
        foreach (var row in running)
            if (await MigrateAsync(row.Id, migration, actor, dryRun, ct) is { } plan) moved.Add(new CaseMigration(row.Id, row.Code, plan));
        return moved;
    }

    /// <summary>The signed-in caller's run of <see cref="MigrateRunningAsync"/>: needs Workflows.Alter, journaled as theirs.</summary>
    public async Task<IReadOnlyList<CheckUpgradeDto>> UpgradeRunningAsync(CaseWorkflowMigration migration, bool dryRun, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Workflows.Alter, ct);
        var moved = await MigrateRunningAsync(migration, await access.ActorAsync(ct), dryRun, ct);
        return moved.Select(m => new CheckUpgradeDto(m.CaseId, m.CaseCode, m.Plan.FromState, m.Plan.ToState, m.Plan.Applied, m.Plan.TasksCancelled, m.Plan.TasksCreated)).ToList();
    }
}
