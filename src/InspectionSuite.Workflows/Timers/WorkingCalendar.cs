using InspectionSuite.Workflows.Definitions;

namespace InspectionSuite.Workflows.Timers;

/// <summary>
/// Turns a duration into a due time. Calendar days add whole days; working days skip Saturdays, Sundays and the
/// configured holidays (e.g. Tết, 30/4, 1/5, 2/9). Days are counted on the local calendar (UTC+7 by default),
/// the time of day is kept, and the result is UTC.
/// </summary>
public sealed class WorkingCalendar(WorkflowRuntimeOptions options)
{
    private readonly HashSet<DateOnly> _holidays = [.. options.Holidays];

    public bool IsWorkingDay(DateOnly date)
        => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

    public DateTime AddDuration(DateTime startUtc, DurationModel duration)
        => duration.IsWorking ? AddWorkingDays(startUtc, duration.Days) : DateTime.SpecifyKind(startUtc, DateTimeKind.Utc).AddDays(duration.Days);

    public DateTime AddWorkingDays(DateTime startUtc, int days)
    {
        var local = DateTime.SpecifyKind(startUtc, DateTimeKind.Unspecified) + options.CalendarUtcOffset;
        var counted = 0;
        while (counted < days)
        {
            local = local.AddDays(1);
            if (IsWorkingDay(DateOnly.FromDateTime(local))) counted++;
        }
        return DateTime.SpecifyKind(local - options.CalendarUtcOffset, DateTimeKind.Utc);
    }
}
