namespace InspectionSuite.Planning;

/// <summary>Configuration section "Planning".</summary>
public sealed class PlanningOptions
{
    public const string Section = "Planning";

    /// <summary>Month-day (MM-dd) of the plan year from which a projection below the target raises an alert.</summary>
    public string CoverageAlertFrom { get; set; } = PlanningConsts.DefaultCoverageAlertFrom;

    public DateOnly AlertFromIn(int year)
    {
        if (DateOnly.TryParseExact($"{year:D4}-{CoverageAlertFrom.Trim()}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new InvalidOperationException($"Planning:CoverageAlertFrom '{CoverageAlertFrom}' is not a month-day (MM-dd).");
    }
}
