using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>Section "checklist" (Sections/_Checklist.cshtml): the criteria of the case and their results on site.</summary>
public sealed partial class DetailModel
{
    /// <summary>What was typed into a checklist item's form (shown again when that item was changed meanwhile).</summary>
    public ChecklistTyped? ConflictItem => Conflict is not null && FailedForm == "Checklist" ? _typedChecklist : null;
    public sealed record ChecklistTyped(Guid ItemId, CheckResult Result, string? Measured, string? Note);
    private ChecklistTyped? _typedChecklist;

    [RequirePermission(P.RecordFindings)]
    public async Task<IActionResult> OnPostAddCatalogueAsync([FromServices] IChecklistAppService checklist, CancellationToken ct)
    {
        await checklist.AddCatalogueCriteriaAsync(Id, new AddCatalogueCriteriaDto(Stamp ?? ""), ct);
        return Done(null, "checklist");
    }

    [RequirePermission(P.RecordFindings)]
    public async Task<IActionResult> OnPostChecklistAsync([FromServices] IChecklistAppService checklist, Guid itemId, CheckResult result, string? measured, string? note, string? itemStamp, CancellationToken ct)
    {
        _typedChecklist = new ChecklistTyped(itemId, result, measured, note);
        var saved = await checklist.RecordResultAsync(Id, itemId, new RecordChecklistResultDto(result, Blank(measured), Blank(note), Stamp ?? "", Blank(itemStamp)), ct);
        return Done(saved.ProposedFinding is null ? l["Checklist.Saved", saved.Item.CriterionCode] : l["Checklist.SavedWithFinding", saved.Item.CriterionCode], "item-" + itemId);
    }
}
