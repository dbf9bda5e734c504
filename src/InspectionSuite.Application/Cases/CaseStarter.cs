namespace InspectionSuite.Cases;

/// <summary>
/// Opens a case and starts its workflow instance: the one place shared by cases created by hand
/// (<see cref="CaseAppService"/>) and planned cases created by a plan's approval (<see cref="PlannedCaseFactory"/>).
/// Callers check their own permission first. New cases start on the latest published version of their definition
/// (<paramref name="workflowVersion"/> pins another, e.g. to test the migration of older instances).
/// </summary>
public sealed class CaseStarter(IRepository<InspectionCase> cases, IWorkflowRuntime runtime, CaseAccess access)
{
    public async Task<InspectionCase> StartAsync(CaseKind kind, AuthorityCode authority, Guid unitId, string subject, string? scope, string? legalBasis,
        DateOnly? periodFrom, DateOnly? periodTo, Guid? planItemId, CancellationToken ct, int? workflowVersion = null, Action<InspectionCase>? prepare = null)
    {
        var @case = new InspectionCase(Guid.NewGuid(), kind, authority, unitId, subject, scope, legalBasis, periodFrom, periodTo, planItemId);
        // What the caller sets before the first save (e.g. đột xuất and its reason), so it commits with the case.
        prepare?.Invoke(@case);
        await cases.InsertAsync(@case, ct);
        // The runtime saves once: the case, the instance, its tasks and its journal commit together (the initial
        // state's entry action links the instance to the case).
        await runtime.StartAsync(CaseWorkflows.DefinitionFor(kind), @case.Id.ToString(), await access.ActorAsync(ct),
            JsonSerializer.Serialize(new { unitId, kind = kind.ToString() }), workflowVersion, ct);
        return @case;
    }
}
