namespace InspectionSuite.Web.Pages.Documents;

/// <summary>
/// What both issue forms (a case document, the annual plan document) do with the POST: the register's number as the
/// success message, or the localized reason nothing was issued under the page's own error key; back to the page either way.
/// </summary>
internal static class DocumentIssuing
{
    public static async Task<IActionResult> IssueThenReturnAsync(this PageModel page, InspectionSuiteLocalizer l,
        Func<Task<IssuedDocumentDto>> issue, string errorKey, string returnUrl)
    {
        try
        {
            var issued = await issue();
            page.TempData["Success"] = l["Register.Issued", issued.NumberAndSymbol];
        }
        catch (BusinessException e)
        {
            page.TempData[errorKey] = l.Error(e);
        }
        return new RedirectResult(returnUrl);
    }
}
