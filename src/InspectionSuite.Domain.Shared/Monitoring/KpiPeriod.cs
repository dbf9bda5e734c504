namespace InspectionSuite.Monitoring;

/// <summary>A reporting period written like <c>2026-Q3</c>, <c>2026-H1</c> or <c>2026</c> (IV.1: quarterly, 6-monthly, annual).</summary>
public sealed record KpiPeriod(int Year, char Kind, int Number)
{
    public static bool TryParse(string? text, out KpiPeriod period)
    {
        period = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().ToUpperInvariant().Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100) return false;
        if (parts.Length == 1) { period = new(year, 'Y', 1); return true; }
        if (parts.Length != 2 || parts[1].Length != 2 || !int.TryParse(parts[1][1..], out var n)) return false;
        if (parts[1][0] == 'Q' && n is >= 1 and <= 4) { period = new(year, 'Q', n); return true; }
        if (parts[1][0] == 'H' && n is >= 1 and <= 2) { period = new(year, 'H', n); return true; }
        return false;
    }

    public DateOnly From => Kind switch { 'Q' => new(Year, 3 * Number - 2, 1), 'H' => new(Year, 6 * Number - 5, 1), _ => new(Year, 1, 1) };
    public DateOnly To => Kind switch { 'Q' => new DateOnly(Year, 3 * Number, 1).AddMonths(1).AddDays(-1), 'H' => new DateOnly(Year, 6 * Number, 1).AddMonths(1).AddDays(-1), _ => new(Year, 12, 31) };

    public override string ToString() => Kind switch { 'Q' => $"{Year}-Q{Number}", 'H' => $"{Year}-H{Number}", _ => $"{Year}" };
}
