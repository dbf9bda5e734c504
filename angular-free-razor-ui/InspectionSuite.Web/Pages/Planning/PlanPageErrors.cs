namespace InspectionSuite.Web.Pages.Planning;

/// <summary>Localized text of a business error, with field messages for validation errors.</summary>
public static class PlanPageErrors
{
    public static string Describe(InspectionSuiteLocalizer l, BusinessException ex)
        => ex.Errors.Count == 0
            ? l.Error(ex)
            : l.Error(ex) + " " + string.Join("; ", ex.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value.Select(m => l[m]))}"));
}
