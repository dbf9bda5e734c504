using System.Security.Claims;
using InspectionSuite.Cases;
using InspectionSuite.Localization;
using InspectionSuite.Permissions;
using Microsoft.AspNetCore.Mvc;
using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>
/// The lifecycle steps of the workspace outside on-site work: decision and work plan, the concluding steps (draft,
/// dissents, appraisal, conclusion, publication), issuing sanctions and carrying them over. Kept in its own part of
/// the page model so the sections can grow independently; each form is a partial (Pages/Cases/_XxxForm.cshtml).
/// As in the rest of the page, the services decide: states and permissions here only choose which forms to offer.
/// </summary>
public sealed partial class DetailModel
{
    [BindProperty] public DecisionForm Decision { get; set; } = new();
    [BindProperty] public WorkPlanForm WorkPlan { get; set; } = new();
    [BindProperty] public DraftForm Draft { get; set; } = new();
    [BindProperty] public DissentForm Dissent { get; set; } = new();
    [BindProperty] public AppraisalForm Appraisal { get; set; } = new();
    [BindProperty] public ConclusionForm Conclusion { get; set; } = new();
    [BindProperty] public PublicationForm Publication { get; set; } = new();
    [BindProperty] public SanctionForm Sanction { get; set; } = new();
    [BindProperty] public CarryOverForm CarryOver { get; set; } = new();

    public bool CanAssign { get; private set; }
    /// <summary>The người ra quyết định (Cases.Decide, Leadership): approves the kế hoạch tiến hành.</summary>
    public bool CanDecide { get; private set; }
    public bool CanConclude { get; private set; }
    public bool CanSanction { get; private set; }
    public bool CanFollowUp { get; private set; }
    /// <summary>The signed-in user is on the case team (dissents are the members' own).</summary>
    public bool IsTeamMember { get; private set; }
    /// <summary>Why the Publish trigger is refused, when its guard objects to the posting period (shown at that field).</summary>
    public string? PublicationRefusal { get; private set; }

    /// <summary>The states in which the workspace shows each group of steps (the services refuse the others anyway).</summary>
    public static readonly string[] PreparationStates = [CaseStates.Planned, CaseStates.Decided, CaseStates.Announced];

    public bool InState(params string[] states) => states.Contains(Case.State);

    // ------------------------------------------------------------ decision, work plan

    [RequirePermission(P.Assign)]
    public async Task<IActionResult> OnPostDecisionAsync([FromServices] ICaseAppService cases, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        try
        {
            await cases.RecordDecisionAsync(Id, new RecordDecisionDto(Decision.Number ?? "", Decision.Date ?? default, Decision.Signer ?? "", Stamp ?? ""), ct);
            return Done(l["Decision.Saved"], "preparation");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(Decision), ct); }
    }

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostWorkPlanAsync([FromServices] ICaseAppService cases, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        try
        {
            await cases.RecordWorkPlanAsync(Id, new RecordWorkPlanDto(WorkPlan.Text ?? "", Stamp ?? ""), ct);
            return Done(l["WorkPlan.Saved"], "preparation");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(WorkPlan), ct); }
    }

    /// <summary>The người ra quyết định approves the kế hoạch tiến hành (thanh-tra v2 needs it before Announce).</summary>
    [RequirePermission(P.Decide)]
    public async Task<IActionResult> OnPostApproveWorkPlanAsync([FromServices] ICaseAppService cases, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        await cases.ApproveWorkPlanAsync(Id, new ApproveWorkPlanDto(null, Stamp ?? ""), ct);
        return Done(l["WorkPlan.ApprovedNow"], "preparation");
    }

    // ------------------------------------------------------------ concluding

    [RequirePermission(P.Conclude)]
    public async Task<IActionResult> OnPostDraftAsync([FromServices] ICaseAppService cases, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        if (Draft.Date is not { } date) return await Invalid(new InputValidationException("Date", "Validation.Required"), nameof(Draft), ct);
        try
        {
            await cases.RecordDraftConclusionAsync(Id, new RecordDraftConclusionDto(date, Draft.Text ?? "", Stamp ?? ""), ct);
            return Done(l["Draft.Saved"], "conclusion");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(Draft), ct); }
    }

    [RequirePermission(P.Conclude)]
    public async Task<IActionResult> OnPostDissentAsync([FromServices] ICaseAppService cases, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        try
        {
            await cases.AddDissentAsync(Id, new AddDissentDto(Dissent.Text ?? "", Stamp ?? ""), ct);
            return Done(l["Dissent.Added"], "conclusion");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(Dissent), ct); }
    }

    [RequirePermission(P.Conclude)]
    public async Task<IActionResult> OnPostAppraisalAsync([FromServices] ICaseAppService cases, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        if (Appraisal.Date is not { } date) return await Invalid(new InputValidationException("Date", "Validation.Required"), nameof(Appraisal), ct);
        try
        {
            await cases.RecordAppraisalAsync(Id, new RecordAppraisalDto(date, Appraisal.By ?? "", Appraisal.Opinion ?? "", Stamp ?? ""), ct);
            return Done(l["Appraisal.Saved"], "conclusion");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(Appraisal), ct); }
    }

    [RequirePermission(P.Conclude)]
    public async Task<IActionResult> OnPostConclusionAsync([FromServices] ICaseAppService cases, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        if (Conclusion.Date is not { } date) return await Invalid(new InputValidationException("Date", "Validation.Required"), nameof(Conclusion), ct);
        try
        {
            await cases.RecordConclusionAsync(Id, new RecordConclusionDto(Conclusion.Number ?? "", date, Conclusion.Signer ?? "", Conclusion.Text ?? "", Stamp ?? ""), ct);
            return Done(l["Conclusion.Saved"], "conclusion");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(Conclusion), ct); }
    }

    [RequirePermission(P.Conclude)]
    public async Task<IActionResult> OnPostPublicationAsync([FromServices] ICaseAppService cases, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        if (Publication.From is not { } from) return await Invalid(new InputValidationException("From", "Validation.Required"), nameof(Publication), ct);
        if (Publication.To is not { } to) return await Invalid(new InputValidationException("To", "Validation.Required"), nameof(Publication), ct);
        try
        {
            await cases.RecordPublicationAsync(Id, new RecordPublicationDto(Publication.Channel ?? "", from, to, Stamp ?? ""), ct);
            return Done(l["Publication.Saved"], "conclusion");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(Publication), ct); }
    }

    // ------------------------------------------------------------ sanctions

    [RequirePermission(P.Sanction)]
    public async Task<IActionResult> OnPostSanctionAsync([FromServices] ISanctionAppService sanctions, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        if (Sanction.Type is not { } type) return await Invalid(new InputValidationException("Type", "Validation.Required"), nameof(Sanction), ct);
        try
        {
            await sanctions.IssueAsync(Id, new IssueSanctionDto(type, Sanction.Target ?? "", Sanction.AmountVnd, Sanction.Deadline, Sanction.Responsible ?? "", Stamp ?? ""), ct);
            return Done(l["Sanction.Issued"], "follow-up");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(Sanction), ct); }
    }

    [RequirePermission(P.FollowUp)]
    public async Task<IActionResult> OnPostCarryOverAsync([FromServices] ISanctionAppService sanctions, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        try
        {
            await sanctions.CarryOverAsync(Id, CarryOver.SanctionId, new CarryOverSanctionDto(CarryOver.Reason ?? "", Stamp ?? ""), ct);
            return Done(l["CarryOver.Done"], "follow-up");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(CarryOver), ct); }
    }

    // ------------------------------------------------------------ loading

    private async Task LoadStepsAsync(IPermissionChecker permissions, IFollowUpAppService followUp, CancellationToken ct)
    {
        CanAssign = await permissions.IsGrantedAsync(P.Assign, ct);
        CanDecide = !Case.ReCheckInspectorOnly && await permissions.IsGrantedAsync(P.Decide, ct);
        CanConclude = await permissions.IsGrantedAsync(P.Conclude, ct);
        CanSanction = await permissions.IsGrantedAsync(P.Sanction, ct);
        CanFollowUp = await permissions.IsGrantedAsync(P.FollowUp, ct);
        IsTeamMember = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var me) && Case.Team.Any(m => m.UserId == me);
        // Sanctions are issued from Published on: the section shows before the first one exists.
        if (FollowUp is null && InState(CaseStates.Published, CaseStates.Sanctioning, CaseStates.FollowUp)) FollowUp = await followUp.GetAsync(Id, ct);
        PublicationRefusal = Triggers.FirstOrDefault(t => t.Trigger == CaseTriggers.Publish && t.ReasonCode == CaseErrorCodes.PublicationTooShort)?.Reason;

        // Each form shows what the case holds, except the one that failed: it keeps what was typed.
        if (FailedForm != nameof(Decision))
        {
            Decision.Number ??= Case.DecisionNumber;
            Decision.Date ??= Case.DecisionDate ?? Today;
            Decision.Signer ??= Case.DecisionSigner;
        }
        if (FailedForm != nameof(WorkPlan)) WorkPlan.Text ??= Case.WorkPlan;
        if (FailedForm != nameof(Draft))
        {
            Draft.Date ??= Case.DraftConclusionDate ?? Today;
            Draft.Text ??= Case.DraftConclusionText;
        }
        if (FailedForm != nameof(Appraisal))
        {
            Appraisal.Date ??= Case.AppraisedOn ?? Today;
            Appraisal.By ??= Case.AppraisalBy;
            Appraisal.Opinion ??= Case.AppraisalOpinion;
        }
        if (FailedForm != nameof(Conclusion))
        {
            Conclusion.Number ??= Case.ConclusionNumber;
            Conclusion.Date ??= Case.ConclusionDate ?? Today;
            Conclusion.Signer ??= Case.ConclusionSigner;
            Conclusion.Text ??= Case.ConclusionText;
        }
        if (FailedForm != nameof(Publication))
        {
            Publication.Channel ??= Case.PublicationChannel;
            Publication.From ??= Case.PublishedFrom ?? Today;
            Publication.To ??= Case.PublishedTo;
        }
    }

    public sealed class DecisionForm { public string? Number { get; set; } public DateOnly? Date { get; set; } public string? Signer { get; set; } }
    public sealed class WorkPlanForm { public string? Text { get; set; } }
    public sealed class DraftForm { public DateOnly? Date { get; set; } public string? Text { get; set; } }
    public sealed class DissentForm { public string? Text { get; set; } }
    public sealed class AppraisalForm { public DateOnly? Date { get; set; } public string? By { get; set; } public string? Opinion { get; set; } }
    public sealed class ConclusionForm { public string? Number { get; set; } public DateOnly? Date { get; set; } public string? Signer { get; set; } public string? Text { get; set; } }
    public sealed class PublicationForm { public string? Channel { get; set; } public DateOnly? From { get; set; } public DateOnly? To { get; set; } }
    public sealed class SanctionForm
    {
        public SanctionType? Type { get; set; }
        public string? Target { get; set; }
        public decimal? AmountVnd { get; set; }
        public DateOnly? Deadline { get; set; }
        public string? Responsible { get; set; }
    }
    public sealed class CarryOverForm { public Guid SanctionId { get; set; } public string? Reason { get; set; } }

    /// <summary>The model of a per-sanction partial: the page and the sanction it is about.</summary>
    public sealed record SanctionRow(DetailModel Page, SanctionDto Sanction);
}
