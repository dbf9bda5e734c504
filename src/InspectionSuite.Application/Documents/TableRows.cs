namespace InspectionSuite.Documents;

/// <summary>The value of a <see cref="TemplateTable.RowsFrom"/> field: rows of cells, kept as plain text (a tab or line break inside a cell becomes a space).</summary>
public static class TableRows
{
    public const char CellSeparator = '\t';

    public static string Format(IEnumerable<IEnumerable<string>> rows)
        => string.Join("\n", rows.Select(r => string.Join(CellSeparator, r.Select(Clean))));

    public static IReadOnlyList<IReadOnlyList<string>> Parse(string value, int columns)
        => value.Split('\n').Where(l => l.Trim().Length > 0)
            .Select(l => (IReadOnlyList<string>)[.. l.Split(CellSeparator).Concat(Enumerable.Repeat("", Math.Max(0, columns - l.Split(CellSeparator).Length)))])
            .ToList();

    private static string Clean(string cell) => cell.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Trim();
}
