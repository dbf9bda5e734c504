namespace InspectionSuite.Planning;

/// <summary>
/// When a plan item's work is planned to start: a month (1–12) or a quarter (1–4) of the plan year, or neither (then
/// the year's first day). Tasks of the planned case count their deadlines from <see cref="Start"/> (issue 18:
/// approving next year's plan must not put every task due 10 working days after the approval).
/// </summary>
public static class PlannedPeriod
{
    public const int MinMonth = 1, MaxMonth = 12, MinQuarter = 1, MaxQuarter = 4;

    /// <summary>True when at most one of month and quarter is given and it is in range.</summary>
    public static bool IsValid(int? month, int? quarter)
        => (month, quarter) switch
        {
            (null, null) => true,
            ({ } m, null) => m is >= MinMonth and <= MaxMonth,
            (null, { } q) => q is >= MinQuarter and <= MaxQuarter,
            _ => false,
        };

    /// <summary>First day of the planned month, else of the planned quarter, else of the plan year.</summary>
    public static DateOnly Start(int year, int? month, int? quarter)
    {
        if (!IsValid(month, quarter)) throw new ArgumentOutOfRangeException(nameof(month), "a month 1–12 or a quarter 1–4, not both");
        return month is { } m ? new DateOnly(year, m, 1)
            : quarter is { } q ? new DateOnly(year, (q - 1) * 3 + 1, 1)
            : new DateOnly(year, 1, 1);
    }
}
