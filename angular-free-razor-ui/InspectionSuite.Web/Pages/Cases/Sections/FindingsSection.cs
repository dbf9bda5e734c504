using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>Section "findings" (Sections/_Findings.cshtml): findings recorded by the team, proposed ones confirmed or rejected.</summary>
public sealed partial class DetailModel
{
    [BindProperty] public FindingForm Finding { get; set; } = new();

    [RequirePermission(P.RecordFindings)]
    public async Task<IActionResult> OnPostFindingAsync([FromServices] IFindingAppService findings, CancellationToken ct)
    {
        await findings.RecordAsync(Id, new RecordFindingDto(Blank(Finding.CriterionCode), Finding.Description ?? "", Finding.Severity, Blank(Finding.LegalBasis),
            Finding.AmountVnd, Blank(Finding.Responsible), Stamp ?? ""), ct);
        return Done(l["Findings.Recorded"], "findings");
    }

    [RequirePermission(P.RecordFindings)]
    [PostsForm("Confirm")]
    public async Task<IActionResult> OnPostConfirmFindingAsync([FromServices] IFindingAppService findings, Guid findingId, string? description, FindingSeverity severity, string? legalBasis, decimal? amountVnd, string? responsible, CancellationToken ct)
    {
        await findings.ConfirmAsync(Id, findingId, new ConfirmFindingDto(description ?? "", severity, Blank(legalBasis), amountVnd, Blank(responsible), Stamp ?? ""), ct);
        return Done(l["Findings.Confirmed"], "findings");
    }

    [RequirePermission(P.RecordFindings)]
    public async Task<IActionResult> OnPostRejectFindingAsync([FromServices] IFindingAppService findings, Guid findingId, CancellationToken ct)
    {
        await findings.RejectAsync(Id, findingId, new RejectFindingDto(Stamp ?? ""), ct);
        return Done(l["Findings.Rejected"], "findings");
    }

    public sealed class FindingForm
    {
        public string? CriterionCode { get; set; }
        public string? Description { get; set; }
        public FindingSeverity Severity { get; set; } = FindingSeverity.Moderate;
        public string? LegalBasis { get; set; }
        public decimal? AmountVnd { get; set; }
        public string? Responsible { get; set; }
    }
}
