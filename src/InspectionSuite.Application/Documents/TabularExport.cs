namespace InspectionSuite.Documents;

/// <summary>
/// A titled table shared by the xlsx and CSV writers (annual plan annex, sanctions register,
/// coverage by stratum, overdue items). Row values must match the column types; null is an empty cell.
/// </summary>
public sealed record TabularExport(string Title, IReadOnlyList<TabularColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>Checks every value against its column type; throws <see cref="ArgumentException"/> naming row and column.</summary>
    public void Validate()
    {
        for (var r = 0; r < Rows.Count; r++)
        {
            if (Rows[r].Count > Columns.Count)
                throw new ArgumentException($"Row {r + 1} has {Rows[r].Count} values for {Columns.Count} columns.");
            for (var c = 0; c < Rows[r].Count; c++)
                _ = Normalize(Columns[c], Rows[r][c], r);
        }
    }

    /// <summary>The value in its canonical CLR type for the column (long, decimal, DateOnly, string) or null.</summary>
    public static object? Normalize(TabularColumn column, object? value, int row = -1) => (column.Type, value) switch
    {
        (_, null) => null,
        (ColumnType.Text, string s) => s,
        (ColumnType.Integer, long l) => l,
        (ColumnType.Integer, int i) => (long)i,
        (ColumnType.MoneyVnd or ColumnType.Decimal, decimal d) => d,
        (ColumnType.MoneyVnd or ColumnType.Decimal, long l) => (decimal)l,
        (ColumnType.MoneyVnd or ColumnType.Decimal, int i) => (decimal)i,
        (ColumnType.Date, DateOnly d) => d,
        _ => throw new ArgumentException(
            $"{(row >= 0 ? $"Row {row + 1}, " : "")}column \"{column.Header}\": {value.GetType().Name} is not a {column.Type} value."),
    };

    /// <summary>Culture-independent text of a value, as written to CSV: 1234567.5, 2026-06-15.</summary>
    public static string FormatInvariant(TabularColumn column, object? value) => Normalize(column, value) switch
    {
        null => "",
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
    };
}
