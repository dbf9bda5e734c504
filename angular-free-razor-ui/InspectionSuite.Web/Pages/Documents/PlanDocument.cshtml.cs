namespace InspectionSuite.Web.Pages.Documents;

/// <summary>
/// The annual plan document from the plan page: the file (.docx, or ?format=pdf) as issued, else the draft. A refusal
/// (PDF unavailable, missing data) goes back to the plan page with its localized reason.
/// </summary>
[Authorize(InspectionSuitePermissions.Planning.Default)]
public sealed class PlanDocumentModel(IAnnualPlanDocumentAppService documents, InspectionSuiteLocalizer L) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? format, CancellationToken ct)
    {
        try
        {
            var file = await documents.GenerateAsync(id, string.Equals(format, "pdf", StringComparison.OrdinalIgnoreCase), ct);
            return File(file.Content, file.ContentType, file.FileName);
        }
        catch (BusinessException e)
        {
            TempData["PlanError"] = L.Error(e);
            return Redirect($"/Planning/Plan/{id}");
        }
    }
}
