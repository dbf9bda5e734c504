namespace InspectionSuite.Documents;

/// <summary>Column value types of an export; each maps to one cell format in xlsx and one text form in CSV.</summary>
public enum ColumnType
{
    /// <summary>string</summary>
    Text,
    /// <summary>long (int accepted)</summary>
    Integer,
    /// <summary>decimal amount in đồng, shown with thousands grouping and no decimals</summary>
    MoneyVnd,
    /// <summary>decimal with one decimal place shown, e.g. a percentage</summary>
    Decimal,
    /// <summary>DateOnly</summary>
    Date,
}

public sealed record TabularColumn(string Header, ColumnType Type = ColumnType.Text, double? Width = null)
{
    /// <summary>Width in characters: the given one, else a default for the type.</summary>
    public double EffectiveWidth => Width ?? Type switch
    {
        ColumnType.Text => 32,
        ColumnType.MoneyVnd => 20,
        ColumnType.Date => 13,
        _ => 12,
    };
}

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
