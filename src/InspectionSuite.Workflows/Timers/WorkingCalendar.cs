namespace InspectionSuite.Workflows.Timers;

/// <summary>
/// Turns a duration into a due time. Calendar days add whole days; working days skip Saturdays, Sundays and the
/// configured holidays (e.g. Tết, 30/4, 1/5, 2/9). Days are counted on the local calendar (Vietnam time, UTC+7 by
/// default) from the local date of the start, and the result (UTC) is the END of the last day: the last instant of
/// that local day, whatever hour the task or deadline was created at. So a task is in time for the whole of its last
/// day and overdue from 00:00 of the next, as the case page's deadlines (CaseDeadlineCalculator) count the same limits;
/// every overdue check (<c>DueAtUtc &lt;= now</c> / <c>&lt; now</c>) agrees on it.
/// </summary>
public sealed class WorkingCalendar(WorkflowRuntimeOptions options)
{
    private readonly HashSet<DateOnly> _holidays = [.. options.Holidays];

    public bool IsWorkingDay(DateOnly date)
        => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

    public DateTime AddDuration(DateTime startUtc, DurationModel duration)
        => EndOfDayUtc(LastDay(LocalDate(startUtc), duration.Days, duration.IsWorking));

    /// <summary>The end of the <paramref name="days"/>-th working day after the local date of <paramref name="startUtc"/>.</summary>
    public DateTime AddWorkingDays(DateTime startUtc, int days) => EndOfDayUtc(LastDay(LocalDate(startUtc), days, working: true));

    /// <summary>
    /// The last day still in time of a limit of <paramref name="days"/> counted from <paramref name="start"/> (a Vietnam
    /// date; the start day itself is not counted): calendar days add, working days skip weekends and holidays. The one
    /// day-counting rule: the runtime's due times (<see cref="AddDuration"/>) and the case page's due dates
    /// (CaseDeadlineCalculator) both count with it.
    /// </summary>
    public DateOnly LastDay(DateOnly start, int days, bool working)
    {
        if (!working) return start.AddDays(days);
        var day = start;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }

    /// <summary>The last instant (UTC) of the local <paramref name="day"/>: one tick before 00:00 of the next local day.</summary>
    public DateTime EndOfDayUtc(DateOnly day)
        => DateTime.SpecifyKind(day.AddDays(1).ToDateTime(TimeOnly.MinValue) - options.CalendarUtcOffset, DateTimeKind.Utc).AddTicks(-1);

    private DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) + options.CalendarUtcOffset);
}
