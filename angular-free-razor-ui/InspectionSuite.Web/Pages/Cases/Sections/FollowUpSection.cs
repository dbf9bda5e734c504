using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>
/// Section "follow-up" (Sections/_FollowUp.cshtml): sanctions and recommendations issued from the conclusion, the unit's
/// implementation reports, and carrying an open one over. Re-checks are their own partial (_ReCheck, ReCheck page).
/// </summary>
public sealed partial class DetailModel
{
    [BindProperty] public ImplementationForm Implementation { get; set; } = new();
    [BindProperty] public SanctionForm Sanction { get; set; } = new();
    [BindProperty] public CarryOverForm CarryOver { get; set; } = new();

    /// <summary>An implementation report on one sanction/recommendation, with its attachments stored as evidence linked to it (all or nothing).</summary>
    public async Task<IActionResult> OnPostImplementationAsync([FromServices] IFollowUpAppService followUp, List<IFormFile> files, CancellationToken ct)
    {
        var attachments = new List<FileUploadDto>();
        try
        {
            attachments.AddRange(files.Select(f => new FileUploadDto(f.FileName, f.ContentType ?? "", f.Length, f.OpenReadStream())));
            await followUp.ReportImplementationAsync(Id, new ReportImplementationDto(Implementation.SanctionId, Implementation.Status ?? default,
                Implementation.AmountRecoveredVnd ?? 0, Blank(Implementation.Note), Stamp ?? ""), attachments, ct);
        }
        finally
        {
            foreach (var a in attachments) await a.Content.DisposeAsync();
        }
        return Done(l["FollowUp.Reported"], "follow-up");
    }

    [RequirePermission(P.Sanction)]
    public async Task<IActionResult> OnPostSanctionAsync([FromServices] ISanctionAppService sanctions, CancellationToken ct)
    {
        var type = Required(Sanction.Type, "Type");
        await sanctions.IssueAsync(Id, new IssueSanctionDto(type, Sanction.Target ?? "", Sanction.AmountVnd, Sanction.Deadline, Sanction.Responsible ?? "", Stamp ?? ""), ct);
        return Done(l["Sanction.Issued"], "follow-up");
    }

    [RequirePermission(P.FollowUp)]
    public async Task<IActionResult> OnPostCarryOverAsync([FromServices] ISanctionAppService sanctions, CancellationToken ct)
    {
        await sanctions.CarryOverAsync(Id, CarryOver.SanctionId, new CarryOverSanctionDto(CarryOver.Reason ?? "", Stamp ?? ""), ct);
        return Done(l["CarryOver.Done"], "follow-up");
    }

    [BindProperty] public ClaimReviewForm ClaimReview { get; set; } = new();

    /// <summary>Theo dõi, đôn đốc: the team confirms the unit's report that the item is done; only then is it resolved.</summary>
    [RequirePermission(P.FollowUp), PostsForm(nameof(ClaimReview))]
    public async Task<IActionResult> OnPostConfirmClaimAsync([FromServices] IFollowUpAppService followUp, CancellationToken ct)
    {
        await followUp.ConfirmImplementationAsync(Id, ClaimReview.SanctionId, new ConfirmImplementationDto(Stamp ?? ""), ct);
        return Done(l["Claim.Confirmed"], "follow-up");
    }

    /// <summary>The team rejects the unit's "done" with a reason the unit reads; the item is in progress again.</summary>
    [RequirePermission(P.FollowUp), PostsForm(nameof(ClaimReview))]
    public async Task<IActionResult> OnPostRejectClaimAsync([FromServices] IFollowUpAppService followUp, CancellationToken ct)
    {
        await followUp.RejectImplementationAsync(Id, ClaimReview.SanctionId, new RejectImplementationDto(ClaimReview.Reason ?? "", Stamp ?? ""), ct);
        return Done(l["Claim.Rejected"], "follow-up");
    }

    public sealed class ClaimReviewForm { public Guid SanctionId { get; set; } public string? Reason { get; set; } }

    public sealed class ImplementationForm
    {
        public Guid SanctionId { get; set; }
        public ImplementationStatus? Status { get; set; }
        public decimal? AmountRecoveredVnd { get; set; }
        public string? Note { get; set; }
    }

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
