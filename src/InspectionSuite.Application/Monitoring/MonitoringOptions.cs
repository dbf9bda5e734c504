namespace InspectionSuite.Monitoring;

/// <summary>
/// Configuration section "Monitoring". The seed fixes the unit plans' deadline (IV.1: 10/05/2026) and Sở Nội vụ's own
/// report deadlines (IV.2: before 15/06 and 15/12); it gives no due dates for the units' periodic reports, so they are
/// parameters here (month-day, the last day on time), refused at start when not earlier than Sở Nội vụ's deadlines.
/// </summary>
public sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary>The year of the province's plan and the last day for the units' implementation plans (IV.1).</summary>
    public DateOnly PlanDueOn { get; set; } = new(2026, 5, 10);

    /// <summary>Days before a due date on which the units that have not submitted are reminded.</summary>
    public int[] ReminderDaysBefore { get; set; } = [7, 1];

    /// <summary>
    /// Working days a unit has to resubmit a report Sở Nội vụ returned, counted from the day after the return (the last
    /// day still in time). The seed gives no number (IV.1 only asks for the reports): a parameter, not law.
    /// </summary>
    public int ResubmitWorkingDays { get; set; } = 5;

    /// <summary>Last day on time (MM-dd) of each kind of report: Q1..Q4, H1, Y. Defaults are parameters, not law.</summary>
    public Dictionary<string, string> ReportDueOn { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Q1"] = "03-20", ["Q2"] = "06-05", ["Q3"] = "09-20", ["Q4"] = "12-05", ["H1"] = "06-05", ["Y"] = "12-05",
    };

    /// <summary>The periods the units report on in a year (seed IV.1: quarterly, 6-monthly, annual), in due order.</summary>
    public static IEnumerable<KpiPeriod> PeriodsOf(int year)
        => [new(year, 'Q', 1), new(year, 'Q', 2), new(year, 'H', 1), new(year, 'Q', 3), new(year, 'Q', 4), new(year, 'Y', 1)];

    public static bool IsReportingPeriod(KpiPeriod period) => period.Kind != 'H' || period.Number == 1;

    public DateOnly DueOn(KpiPeriod period)
    {
        var key = period.Kind == 'Y' ? "Y" : $"{period.Kind}{period.Number}";
        if (!ReportDueOn.TryGetValue(key, out var text)
            || !DateOnly.TryParseExact($"{period.Year:D4}-{text.Trim()}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
            throw new InvalidOperationException($"Monitoring:ReportDueOn:{key} '{text}' is not a month-day (MM-dd).");
        // IV.2: Sở Nội vụ reports before 15/06 and 15/12, so the units' reports it sums must arrive earlier.
        var provinceDeadline = key is "Q2" or "H1" ? new DateOnly(period.Year, 6, 15) : key is "Q4" or "Y" ? new DateOnly(period.Year, 12, 15) : (DateOnly?)null;
        if (provinceDeadline is { } limit && due >= limit)
            throw new InvalidOperationException($"Monitoring:ReportDueOn:{key} {due:dd/MM} must be earlier than Sở Nội vụ's own deadline {limit:dd/MM} (seed IV.2).");
        return due;
    }

    /// <summary>Checks every due date once (at start): a wrong setting fails loudly, not on the first report.</summary>
    public void Validate()
    {
        foreach (var p in PeriodsOf(PlanDueOn.Year)) DueOn(p);
        if (ReminderDaysBefore.Any(d => d is < 1 or > 60)) throw new InvalidOperationException("Monitoring:ReminderDaysBefore must be 1..60 days.");
        if (ResubmitWorkingDays is < 1 or > 60) throw new InvalidOperationException("Monitoring:ResubmitWorkingDays must be 1..60 working days.");
    }
}
