using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>
/// Section "preparation" (Sections/_Preparation.cshtml): the decision, the team and the kế hoạch tiến hành with its
/// approval, what has to exist before the case goes on site.
/// </summary>
public sealed partial class DetailModel
{
    [BindProperty] public DecisionForm Decision { get; set; } = new();
    [BindProperty] public WorkPlanForm WorkPlan { get; set; } = new();

    /// <summary>The states in which the workspace shows this section (the services refuse the others anyway).</summary>
    public static readonly string[] PreparationStates = [CaseStates.Planned, CaseStates.Decided, CaseStates.Announced];

    [RequirePermission(P.Assign)]
    public async Task<IActionResult> OnPostDecisionAsync(CancellationToken ct)
    {
        await cases.RecordDecisionAsync(Id, new RecordDecisionDto(Decision.Number ?? "", Decision.Date ?? default, Decision.Signer, Stamp ?? ""), ct);
        return Done(l["Decision.Saved"], "preparation");
    }

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostWorkPlanAsync(CancellationToken ct)
    {
        await cases.RecordWorkPlanAsync(Id, new RecordWorkPlanDto(WorkPlan.Text ?? "", Stamp ?? ""), ct);
        return Done(l["WorkPlan.Saved"], "preparation");
    }

    /// <summary>The người ra quyết định approves the kế hoạch tiến hành (thanh-tra v2 needs it before Announce).</summary>
    [RequirePermission(P.Decide)]
    public async Task<IActionResult> OnPostApproveWorkPlanAsync(CancellationToken ct)
    {
        await cases.ApproveWorkPlanAsync(Id, new ApproveWorkPlanDto(null, Stamp ?? ""), ct);
        return Done(l["WorkPlan.ApprovedNow"], "preparation");
    }

    /// <summary>Each form shows what the case holds, except the one that failed: it keeps what was typed.</summary>
    private void FillPreparationForms()
    {
        if (FailedForm != nameof(Decision))
        {
            Decision.Number ??= Case.Decision.Number;
            Decision.Date ??= Case.Decision.Date ?? Today;
            Decision.Signer ??= Case.Decision.Signer;
        }
        if (FailedForm != nameof(WorkPlan)) WorkPlan.Text ??= Case.WorkPlan;
        FillDescribeForm();
    }

    public sealed class DecisionForm { public string? Number { get; set; } public DateOnly? Date { get; set; } public string? Signer { get; set; } }
    public sealed class WorkPlanForm { public string? Text { get; set; } }
}
