namespace InspectionSuite.Cases.Workflow;

/// <summary>No Decided/OnSite before the decision (number, date) and a team with a leader exist.</summary>
[WorkflowGuard("DecisionAndTeamExist")]
public sealed class DecisionAndTeamExist(CaseWorkflowContext cases) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
        => (await cases.GetCaseAsync(context.CorrelationId, ct)).HasDecisionAndTeam ? GuardResult.Pass : GuardResult.Fail(CaseErrorCodes.DecisionOrTeamMissing);
}

/// <summary>The decision is announced (công bố) before on-site work starts.</summary>
[WorkflowGuard("AnnouncementRecorded")]
public sealed class AnnouncementRecorded(CaseWorkflowContext cases) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
        => (await cases.GetCaseAsync(context.CorrelationId, ct)).AnnouncedOn is not null ? GuardResult.Pass : GuardResult.Fail(CaseErrorCodes.AnnouncementMissing);
}

/// <summary>No Reporting before the on-site end date is recorded and reached.</summary>
[WorkflowGuard("OnSiteEnded")]
public sealed class OnSiteEnded(CaseWorkflowContext cases) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
    {
        var c = await cases.GetCaseAsync(context.CorrelationId, ct);
        return c.OnSiteEnd is { } end && end <= cases.Today ? GuardResult.Pass : GuardResult.Fail(CaseErrorCodes.OnSiteNotEnded);
    }
}

/// <summary>No Concluding without a results report.</summary>
[WorkflowGuard("ResultsReportAttached")]
public sealed class ResultsReportAttached(CaseWorkflowContext cases) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
        => (await cases.GetCaseAsync(context.CorrelationId, ct)).HasResultsReport ? GuardResult.Pass : GuardResult.Fail(CaseErrorCodes.ResultsReportMissing);
}

/// <summary>The draft conclusion has been appraised (thẩm định).</summary>
[WorkflowGuard("AppraisalDone")]
public sealed class AppraisalDone(CaseWorkflowContext cases) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
        => (await cases.GetCaseAsync(context.CorrelationId, ct)).Appraisal.On is not null ? GuardResult.Pass : GuardResult.Fail(CaseErrorCodes.AppraisalMissing);
}

/// <summary>The conclusion is signed (number, date, signer).</summary>
[WorkflowGuard("ConclusionSigned")]
public sealed class ConclusionSigned(CaseWorkflowContext cases) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
        => (await cases.GetCaseAsync(context.CorrelationId, ct)).Conclusion.Date is not null ? GuardResult.Pass : GuardResult.Fail(CaseErrorCodes.ConclusionMissing);
}

/// <summary>
/// Version 1 of thanh-tra.inspection only (a published version never changes): the conclusion is posted for at least
/// 15 consecutive days. Version 2 uses <see cref="PublicationAtLeast"/>, whose number is a definition parameter.
/// </summary>
[WorkflowGuard("PublicationAtLeast15Days")]
public sealed class PublicationAtLeast15Days(CaseWorkflowContext cases) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
    {
        var c = await cases.GetCaseAsync(context.CorrelationId, ct);
        return c.Publication.Days >= CaseConsts.MinPublicationDays ? GuardResult.Pass : GuardResult.Fail(CaseErrorCodes.PublicationTooShort, CaseConsts.MinPublicationDays, c.Publication.Days);
    }
}

/// <summary>
/// The conclusion is posted for at least the definition's number of consecutive days:
/// <c>{"name":"PublicationAtLeast","limit":"PublicationMinimum"}</c> (or <c>"days": 15</c> inline). A guard without days is a
/// definition error, refused here rather than passed.
/// </summary>
[WorkflowGuard("PublicationAtLeast")]
public sealed class PublicationAtLeast(CaseWorkflowContext cases) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
    {
        var days = context.Parameters?.Days ?? throw new InvalidOperationException($"Guard PublicationAtLeast of {context.DefinitionId} v{context.DefinitionVersion} has no days.");
        var c = await cases.GetCaseAsync(context.CorrelationId, ct);
        return c.Publication.Days >= days ? GuardResult.Pass : GuardResult.Fail(CaseErrorCodes.PublicationTooShort, days, c.Publication.Days);
    }
}

/// <summary>The kế hoạch tiến hành is written and approved by the người ra quyết định before the announcement.</summary>
[WorkflowGuard("WorkPlanApproved")]
public sealed class WorkPlanApproved(CaseWorkflowContext cases) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
        => (await cases.GetCaseAsync(context.CorrelationId, ct)).WorkPlanApproved ? GuardResult.Pass : GuardResult.Fail(CaseErrorCodes.WorkPlanNotApproved);
}

/// <summary>No Closed while a sanction or recommendation is neither done nor carried over.</summary>
[WorkflowGuard("SanctionsResolved")]
public sealed class SanctionsResolved(CaseWorkflowContext cases, CaseFollowUpLoader followUps) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
    {
        // The sanctions are the case's follow-up, its own aggregate (issue 19 item 5): read through its loader.
        var c = await cases.GetCaseAsync(context.CorrelationId, ct);
        var open = (await followUps.GetAsync(c.Id, ct)).Sanctions.Count(s => !s.IsResolved);
        return open == 0 ? GuardResult.Pass : GuardResult.Fail(CaseErrorCodes.SanctionsUnresolved, open);
    }
}

/// <summary>
/// The actor is on the case team. The system (timers) and overseers holding Cases.ViewAll (supervisors,
/// leadership) pass: they direct the team rather than belong to it.
/// </summary>
[WorkflowGuard("ActorInTeam")]
public sealed class ActorInTeam(CaseWorkflowContext cases) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
    {
        if (context.Actor.IsSystem || context.Actor.Permissions.Contains(InspectionSuitePermissions.Cases.ViewAll)) return GuardResult.Pass;
        var c = await cases.GetCaseAsync(context.CorrelationId, ct);
        return Guid.TryParse(context.Actor.UserId, out var id) && c.HasTeamMember(id) ? GuardResult.Pass : GuardResult.Fail(CaseErrorCodes.ActorNotInTeam);
    }
}

/// <summary>Cancel carries a reason in its payload: <c>{"reason": "..."}</c>.</summary>
[WorkflowGuard("CancelReasonGiven")]
public sealed class CancelReasonGiven : IWorkflowGuard
{
    public ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
        => ValueTask.FromResult(CaseWorkflowPayload.Reason(context.Payload) is { Length: > 0 } ? GuardResult.Pass : GuardResult.Fail(CaseErrorCodes.CancelReasonRequired));
}

internal static class CaseWorkflowPayload
{
    public static string? Reason(System.Text.Json.Nodes.JsonNode? payload)
        => payload is System.Text.Json.Nodes.JsonObject o && o["reason"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
}
