namespace InspectionSuite.Cases.Workflow;

/// <summary>
/// No conclusion notice (thông báo kết luận kiểm tra) while a criterion of the checklist is "not checked"; the refusal
/// names them (DESIGN "Check criteria from the plan": a check cannot conclude with a criterion unassessed).
/// </summary>
[WorkflowGuard("AllCriteriaAssessed")]
public sealed class AllCriteriaAssessed(CaseWorkflowContext cases) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
    {
        var open = (await cases.GetCaseAsync(context.CorrelationId, ct)).UnassessedCriteria;
        return open.Count == 0 ? GuardResult.Pass : GuardResult.Fail(CheckErrorCodes.CriteriaUnassessed, string.Join(", ", open));
    }
}

/// <summary>The unit's self-assessment comes before the visit, except for an unannounced check (seed II.6.c).</summary>
[WorkflowGuard("SelfAssessmentBeforeVisit")]
public sealed class SelfAssessmentBeforeVisit(CaseWorkflowContext cases) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
    {
        var c = await cases.GetCaseAsync(context.CorrelationId, ct);
        return c.IsUnannounced || c.SelfAssessedOn is not null ? GuardResult.Pass : GuardResult.Fail(CheckErrorCodes.SelfAssessmentMissing);
    }
}

/// <summary>An unannounced check does not ask the unit anything before the team arrives.</summary>
[WorkflowGuard("AnnouncedCheck")]
public sealed class AnnouncedCheck(CaseWorkflowContext cases) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
        => (await cases.GetCaseAsync(context.CorrelationId, ct)).IsUnannounced ? GuardResult.Fail(CheckErrorCodes.SelfAssessmentNotForUnannounced) : GuardResult.Pass;
}

/// <summary>The visit ends with its biên bản kiểm tra.</summary>
[WorkflowGuard("CheckMinutesRecorded")]
public sealed class CheckMinutesRecorded(CaseWorkflowContext cases) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
        => (await cases.GetCaseAsync(context.CorrelationId, ct)).Minutes.Count > 0 ? GuardResult.Pass : GuardResult.Fail(CheckErrorCodes.CheckMinutesMissing);
}
