namespace InspectionSuite.Cases;

/// <summary>Fixed-date public holidays plus Tết and Giỗ Tổ (lunar) for the years the demo and tests cover; configuration can add more.</summary>
public static class VietnameseHolidays
{
    private static readonly Dictionary<int, DateOnly[]> Lunar = new()
    {
        [2025] = [new(2025, 1, 27), new(2025, 1, 28), new(2025, 1, 29), new(2025, 1, 30), new(2025, 1, 31), new(2025, 4, 7)],
        [2026] = [new(2026, 2, 16), new(2026, 2, 17), new(2026, 2, 18), new(2026, 2, 19), new(2026, 2, 20), new(2026, 4, 27)],
        [2027] = [new(2027, 2, 5), new(2027, 2, 8), new(2027, 2, 9), new(2027, 2, 10), new(2027, 2, 11), new(2027, 4, 16)],
    };

    public static IEnumerable<DateOnly> For(params int[] years)
        => years.SelectMany(y => new[] { new DateOnly(y, 1, 1), new DateOnly(y, 4, 30), new DateOnly(y, 5, 1), new DateOnly(y, 9, 1), new DateOnly(y, 9, 2) }
            .Concat(Lunar.GetValueOrDefault(y) ?? []));
}
