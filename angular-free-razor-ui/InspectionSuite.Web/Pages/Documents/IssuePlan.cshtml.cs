namespace InspectionSuite.Web.Pages.Documents;

/// <summary>
/// Issuing the annual plan document from the plan page (form POST with antiforgery, confirmed first): the register gives
/// the number; back to the plan with the number, or with the localized reason nothing was issued.
/// </summary>
[Authorize(InspectionSuitePermissions.Documents.Issue)]
public sealed class IssuePlanModel(IAnnualPlanDocumentAppService documents, InspectionSuiteLocalizer L) : PageModel
{
    public IActionResult OnGet(Guid id) => Redirect($"/Planning/Plan/{id}");

    public Task<IActionResult> OnPostAsync(Guid id, Guid? correctsId, CancellationToken ct)
        => this.IssueThenReturnAsync(L, () => documents.IssueAsync(id, correctsId, ct), "PlanError", $"/Planning/Plan/{id}");
}
