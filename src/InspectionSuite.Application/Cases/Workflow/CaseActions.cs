namespace InspectionSuite.Cases.Workflow;

/// <summary>Entry action of every state: mirrors the workflow state on the case (same transaction) and links the instance.</summary>
[WorkflowAction("SyncCaseState")]
public sealed class SyncCaseState(CaseWorkflowContext cases) : IWorkflowAction
{
    public async ValueTask ExecuteAsync(ActionContext context, CancellationToken ct)
        => (await cases.GetCaseAsync(context.CorrelationId, ct)).EnterState(context.State, context.InstanceId, cases.Today);
}

/// <summary>
/// Entry action of Cancelled: stores the reason given with the Cancel trigger, and marks the case's issued documents
/// cancelled in the document register (same transaction; their stored files stay as issued).
/// </summary>
[WorkflowAction("RecordCancellation")]
public sealed class RecordCancellation(CaseWorkflowContext cases, Documents.IIssuedDocumentRepository issued) : IWorkflowAction
{
    public async ValueTask ExecuteAsync(ActionContext context, CancellationToken ct)
    {
        var @case = await cases.GetCaseAsync(context.CorrelationId, ct);
        @case.Cancel(CaseWorkflowPayload.Reason(context.Payload) ?? "");
        foreach (var document in await issued.GetInForceOfCaseForStatusChangeAsync(@case.Id, ct))
            document.MarkCancelled();
    }
}

/// <summary>Entry action of a check's OnSite state: puts the plan's criteria (Kế hoạch 534) on the checklist.</summary>
[WorkflowAction("SeedPlanCriteria")]
public sealed class SeedPlanCriteria(CaseWorkflowContext cases) : IWorkflowAction
{
    public async ValueTask ExecuteAsync(ActionContext context, CancellationToken ct)
        => (await cases.GetCaseAsync(context.CorrelationId, ct)).AddCatalogueCriteria(CheckCriteriaCatalogue.All, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en");
}

/// <summary>
/// Escalation of a case deadline: flags the case overdue — for OnSite only when the due date moved by extensions and
/// suspensions has really passed (the runtime's timer is armed on entry and does not know about them).
/// </summary>
[WorkflowAction("FlagCaseOverdue")]
public sealed class FlagCaseOverdue(CaseWorkflowContext cases, CaseDeadlineCalculator deadlines) : IWorkflowAction
{
    public async ValueTask ExecuteAsync(ActionContext context, CancellationToken ct)
    {
        var c = await cases.GetCaseAsync(context.CorrelationId, ct);
        var due = deadlines.Compute(c, await deadlines.GetLimitsAsync(context.DefinitionId, context.DefinitionVersion, ct), cases.Today);
        if (context.State != CaseStates.OnSite || due.OnSiteOverdue) c.FlagOverdue();
    }
}
