namespace InspectionSuite.Web.Pages.Documents;

/// <summary>
/// Issuing a case document from the case page's document menu (form POST with antiforgery): the register gives the
/// number, the file is frozen; back to the case with the number, or with the localized reason nothing was issued.
/// </summary>
[Authorize(InspectionSuitePermissions.Documents.Issue)]
public sealed class IssueModel(ICaseDocumentAppService documents, InspectionSuiteLocalizer L) : PageModel
{
    public IActionResult OnGet(Guid caseId) => Redirect($"/Cases/Detail/{caseId}");

    public async Task<IActionResult> OnPostAsync(Guid caseId, string kind, Guid? minutesId, Guid? correctsId, CancellationToken ct)
    {
        if (!CaseDocumentFields.TryParseKind(kind, out var k)) return NotFound();
        return await this.IssueThenReturnAsync(L, () => documents.IssueAsync(caseId, k, minutesId, correctsId, ct), "Error", $"/Cases/Detail/{caseId}");
    }
}
