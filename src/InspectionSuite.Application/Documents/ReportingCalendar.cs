namespace InspectionSuite.Documents;

/// <summary>Due dates of the plan's periodic reports (seed plan: 6-monthly before 15/06, annual before 15/12).</summary>
public static class ReportingCalendar
{
    public static DateOnly SixMonthReportDueBefore(int year) => new(year, 6, 15);

    public static DateOnly AnnualReportDueBefore(int year) => new(year, 12, 15);

    public static ReportingPeriod SixMonths(int year)
        => new(ReportPeriodKind.SixMonths, year, new DateOnly(year - 1, 12, 15), new DateOnly(year, 6, 14), SixMonthReportDueBefore(year));

    public static ReportingPeriod Annual(int year)
        => new(ReportPeriodKind.Annual, year, new DateOnly(year - 1, 12, 15), new DateOnly(year, 12, 14), AnnualReportDueBefore(year));

    public static ReportingPeriod For(ReportPeriodKind kind, int year) => kind == ReportPeriodKind.SixMonths ? SixMonths(year) : Annual(year);

    /// <summary>Both reports of a year, in due order.</summary>
    public static IReadOnlyList<ReportingPeriod> Year(int year) => [SixMonths(year), Annual(year)];

    /// <summary>The next report still on time on <paramref name="today"/> (what the dashboard shows).</summary>
    public static ReportingPeriod Next(DateOnly today)
        => Year(today.Year).Concat(Year(today.Year + 1)).First(p => today < p.DueBefore);

    /// <summary>Whole days left to submit on time (0 on the last day).</summary>
    public static int DaysLeft(ReportingPeriod period, DateOnly today) => period.LastDay.DayNumber - today.DayNumber;
}
