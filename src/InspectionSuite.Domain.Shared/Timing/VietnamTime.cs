namespace InspectionSuite;

/// <summary>
/// The one clock users see: every stored instant is UTC, every shown time or date is Vietnam time
/// (Asia/Ho_Chi_Minh, UTC+7, no daylight saving since 1975), written day-first in both languages.
/// Never the server's local zone: a server in another zone must show the same times.
/// </summary>
public static class VietnamTime
{
    public const string TimeZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>The fixed offset the workflow calendar also counts in.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The wall-clock time in Vietnam at <paramref name="utc"/> (a UTC instant; Unspecified is read as UTC).</summary>
    public static DateTime FromUtc(DateTime utc)
        => DateTime.SpecifyKind(DateTime.SpecifyKind(utc, DateTimeKind.Utc) + Offset, DateTimeKind.Unspecified);

    public static DateTime FromUtc(DateTimeOffset instant) => FromUtc(instant.UtcDateTime);

    public static DateTime Now(TimeProvider time) => FromUtc(time.GetUtcNow());

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time));

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(FromUtc(utc));

    /// <summary>"dd/MM/yyyy HH:mm" in Vietnam time.</summary>
    public static string DateTimeText(DateTime utc) => FromUtc(utc).ToString("dd/MM/yyyy HH:mm", Invariant);

    public static string DateTimeText(DateTime? utc) => utc is { } u ? DateTimeText(u) : "—";

    /// <summary>"dd/MM/yyyy HH:mm:ss" in Vietnam time (audit lines).</summary>
    public static string DateTimeSecondsText(DateTime utc) => FromUtc(utc).ToString("dd/MM/yyyy HH:mm:ss", Invariant);

    /// <summary>"dd/MM/yyyy": the Vietnam date of a UTC instant.</summary>
    public static string DateText(DateTime utc) => FromUtc(utc).ToString("dd/MM/yyyy", Invariant);

    /// <summary>"dd/MM/yyyy" of a calendar date (already a Vietnam date).</summary>
    public static string DateText(DateOnly date) => date.ToString("dd/MM/yyyy", Invariant);

    public static string DateText(DateOnly? date) => date is { } d ? DateText(d) : "—";
}
