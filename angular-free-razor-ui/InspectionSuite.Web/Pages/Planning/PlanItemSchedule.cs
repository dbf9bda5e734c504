namespace InspectionSuite.Web.Pages.Planning;

/// <summary>
/// The planned start of a plan item as one form value: "" (not planned), "q1"–"q4" (a quarter) or "m1"–"m12" (a month) of the
/// plan year — the page's one select for <see cref="SchedulePlanItemDto"/> (a month or a quarter, not both; issue 18).
/// </summary>
public static class PlanItemSchedule
{
    public static IEnumerable<int> Quarters => Enumerable.Range(PlannedPeriod.MinQuarter, PlannedPeriod.MaxQuarter - PlannedPeriod.MinQuarter + 1);
    public static IEnumerable<int> Months => Enumerable.Range(PlannedPeriod.MinMonth, PlannedPeriod.MaxMonth - PlannedPeriod.MinMonth + 1);

    public static string Value(int? month, int? quarter) => month is { } m ? "m" + m : quarter is { } q ? "q" + q : "";

    /// <summary>The month or quarter of a form value; false for anything but "", q1–q4 and m1–m12.</summary>
    public static bool TryParse(string? value, out int? month, out int? quarter)
    {
        month = null;
        quarter = null;
        var v = value?.Trim().ToLowerInvariant() ?? "";
        if (v.Length == 0) return true;
        if (v.Length < 2 || !int.TryParse(v.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) return false;
        if (v[0] == 'q' && Quarters.Contains(n)) quarter = n;
        else if (v[0] == 'm' && Months.Contains(n)) month = n;
        else return false;
        return true;
    }

    /// <summary>"Quý 2", "Tháng 7" (vi) / "Quarter 2", "Month 7" (en), or "" when not planned.</summary>
    public static string Text(InspectionSuiteLocalizer l, int? month, int? quarter)
        => month is { } m ? l["Planning.Schedule.Month", m] : quarter is { } q ? l["Planning.Schedule.Quarter", q] : "";
}
