using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>
/// Section "conclusion" (Sections/_Concluding.cshtml): the draft conclusion, the members' dissents, the appraisal, the
/// signed conclusion and its publication. Each part has its own permission; the services decide.
/// </summary>
public sealed partial class DetailModel
{
    [BindProperty] public DraftForm Draft { get; set; } = new();
    [BindProperty] public DissentForm Dissent { get; set; } = new();
    [BindProperty] public AppraisalForm Appraisal { get; set; } = new();
    [BindProperty] public ConclusionForm Conclusion { get; set; } = new();
    [BindProperty] public PublicationForm Publication { get; set; } = new();

    /// <summary>Why the Publish trigger is refused, when its guard objects to the posting period (shown at that field).</summary>
    public string? PublicationRefusal => Triggers.FirstOrDefault(t => t.Trigger == CaseTriggers.Publish && t.ReasonCode == CaseErrorCodes.PublicationTooShort)?.Reason;

    [RequirePermission(P.DraftConclusion)]
    public async Task<IActionResult> OnPostDraftAsync(CancellationToken ct)
    {
        await cases.RecordDraftConclusionAsync(Id, new RecordDraftConclusionDto(Required(Draft.Date, "Date"), Draft.Text ?? "", Stamp ?? ""), ct);
        return Done(l["Draft.Saved"], "conclusion");
    }

    [RequirePermission(P.DraftConclusion)]
    public async Task<IActionResult> OnPostDissentAsync(CancellationToken ct)
    {
        await cases.AddDissentAsync(Id, new AddDissentDto(Dissent.Text ?? "", Stamp ?? ""), ct);
        return Done(l["Dissent.Added"], "conclusion");
    }

    [RequirePermission(P.Appraise)]
    public async Task<IActionResult> OnPostAppraisalAsync(CancellationToken ct)
    {
        await cases.RecordAppraisalAsync(Id, new RecordAppraisalDto(Required(Appraisal.Date, "Date"), Appraisal.By ?? "", Appraisal.Opinion ?? "", Stamp ?? ""), ct);
        return Done(l["Appraisal.Saved"], "conclusion");
    }

    [RequirePermission(P.Decide)]
    public async Task<IActionResult> OnPostConclusionAsync(CancellationToken ct)
    {
        await cases.RecordConclusionAsync(Id, new RecordConclusionDto(Conclusion.Number ?? "", Required(Conclusion.Date, "Date"), Conclusion.Signer ?? "", Conclusion.Text ?? "", Stamp ?? "")
        {
            Accountability = Conclusion.AccountabilityVerdict is null && Blank(Conclusion.AccountabilityText) is null ? null
                : new AccountabilityOutcomeDto(Conclusion.AccountabilityVerdict, Blank(Conclusion.AccountabilityText)),
        }, ct);
        return Done(l["Conclusion.Saved"], "conclusion");
    }

    [RequirePermission(P.Publish)]
    public async Task<IActionResult> OnPostPublicationAsync(CancellationToken ct)
    {
        var from = Required(Publication.From, "From");
        var to = Required(Publication.To, "To");
        await cases.RecordPublicationAsync(Id, new RecordPublicationDto(Publication.Channel ?? "", from, to, Stamp ?? ""), ct);
        return Done(l["Publication.Saved"], "conclusion");
    }

    /// <summary>Each form shows what the case holds, except the one that failed: it keeps what was typed.</summary>
    private void FillConcludingForms()
    {
        if (FailedForm != nameof(Draft))
        {
            Draft.Date ??= Case.DraftConclusion.Date ?? Today;
            Draft.Text ??= Case.DraftConclusion.Text;
        }
        if (FailedForm != nameof(Appraisal))
        {
            Appraisal.Date ??= Case.Appraisal.On ?? Today;
            Appraisal.By ??= Case.Appraisal.By;
            Appraisal.Opinion ??= Case.Appraisal.Opinion;
        }
        if (FailedForm != nameof(Conclusion))
        {
            Conclusion.Number ??= Case.Conclusion.Number;
            Conclusion.Date ??= Case.Conclusion.Date ?? Today;
            Conclusion.Signer ??= Case.Conclusion.Signer;
            Conclusion.Text ??= Case.Conclusion.Text;
            Conclusion.AccountabilityVerdict ??= Case.Conclusion.Accountability.Verdict;
            Conclusion.AccountabilityText ??= Case.Conclusion.Accountability.Text;
        }
        if (FailedForm != nameof(Publication))
        {
            Publication.Channel ??= Case.Publication.Channel;
            Publication.From ??= Case.Publication.From ?? Today;
            Publication.To ??= Case.Publication.To;
        }
    }

    public sealed class DraftForm { public DateOnly? Date { get; set; } public string? Text { get; set; } }
    public sealed class DissentForm { public string? Text { get; set; } }
    public sealed class AppraisalForm { public DateOnly? Date { get; set; } public string? By { get; set; } public string? Opinion { get; set; } }
    public sealed class ConclusionForm
    {
        public string? Number { get; set; }
        public DateOnly? Date { get; set; }
        public string? Signer { get; set; }
        public string? Text { get; set; }
        public AccountabilityVerdict? AccountabilityVerdict { get; set; }
        public string? AccountabilityText { get; set; }
    }
    public sealed class PublicationForm { public string? Channel { get; set; } public DateOnly? From { get; set; } public DateOnly? To { get; set; } }
}
