using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace InspectionSuite.Documents;

/// <summary>
/// Reads worksheets back into <see cref="TabularExport"/>s: the header is the last frozen row (row 1 when
/// nothing is frozen), the title the text in A1 above it. A column's type comes from its first value:
/// text cells give Text; numbers give Date, MoneyVnd, Integer or Decimal by their number format.
/// </summary>
public sealed class XlsxTableReader
{
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 22];

    public IReadOnlyList<XlsxSheet> ReadAll(Stream input)
    {
        try
        {
            using var doc = SpreadsheetDocument.Open(input, false);
            var workbookPart = doc.WorkbookPart ?? throw Invalid("no workbook");
            var context = new ReadContext(workbookPart);
            return workbookPart.Workbook!.Sheets!.Elements<Sheet>()
                .Select(s => new XlsxSheet(s.Name?.Value ?? "", ReadSheet((WorksheetPart)workbookPart.GetPartById(s.Id!.Value!), context)))
                .ToList();
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or FormatException)
        {
            throw Invalid(e.Message);
        }
    }

    public IReadOnlyList<XlsxSheet> ReadAll(byte[] xlsx)
    {
        using var ms = new MemoryStream(xlsx);
        return ReadAll(ms);
    }

    /// <summary>The named sheet, or the first one when <paramref name="sheetName"/> is null.</summary>
    public TabularExport Read(byte[] xlsx, string? sheetName = null)
    {
        var sheets = ReadAll(xlsx);
        var sheet = sheetName is null ? sheets.FirstOrDefault() : sheets.FirstOrDefault(s => string.Equals(s.Name, sheetName, StringComparison.OrdinalIgnoreCase));
        return sheet?.Table ?? throw Invalid($"sheet \"{sheetName}\" not found");
    }

    private static TabularExport ReadSheet(WorksheetPart part, ReadContext context)
    {
        var worksheet = part.Worksheet!;
        var pane = worksheet.GetFirstChild<SheetViews>()?.Elements<SheetView>().FirstOrDefault()?.GetFirstChild<Pane>();
        var headerRow = pane?.State?.Value == PaneStateValues.Frozen && pane.VerticalSplit?.Value is double split && split >= 1 ? (int)split : 1;

        var cells = new SortedDictionary<int, SortedDictionary<int, Cell>>();
        foreach (var row in worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
            foreach (var cell in row.Elements<Cell>())
            {
                var (col, r) = ParseReference(cell.CellReference?.Value ?? throw Invalid("a cell has no reference"));
                if (!cells.TryGetValue(r, out var line)) cells[r] = line = new SortedDictionary<int, Cell>();
                line[col] = cell;
            }

        var title = headerRow > 1 && cells.TryGetValue(1, out var first) && first.TryGetValue(0, out var a1) ? context.Text(a1) : "";
        var headerCells = cells.TryGetValue(headerRow, out var h) ? h : new SortedDictionary<int, Cell>();
        var width = headerCells.Count == 0 ? 0 : headerCells.Keys.Max() + 1;
        var dataRows = cells.Where(kv => kv.Key > headerRow).ToList();
        if (dataRows.Count > 0) width = Math.Max(width, dataRows.Max(kv => kv.Value.Count == 0 ? 0 : kv.Value.Keys.Max() + 1));

        var widths = new Dictionary<int, double>();
        foreach (var column in worksheet.GetFirstChild<Columns>()?.Elements<Column>() ?? [])
            if (column.Width?.Value is double w && column.Min?.Value is uint min && column.Max?.Value is uint max)
                for (var i = min; i <= max && i <= 16384; i++) widths[(int)i - 1] = w;

        var types = new ColumnType?[width];
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var (rowIndex, line) in dataRows)
        {
            var values = new object?[width];
            foreach (var (col, cell) in line)
            {
                var (type, value) = context.Value(cell);
                if (value is null) continue;
                types[col] ??= type;
                if (types[col] != type)
                    throw Invalid($"cell {XlsxTableWriter.Ref(col, rowIndex)}: {type} value in a {types[col]} column");
                values[col] = value;
            }
            rows.Add(values);
        }

        var columns = Enumerable.Range(0, width)
            .Select(i => new TabularColumn(headerCells.TryGetValue(i, out var hc) ? context.Text(hc) : "", types[i] ?? ColumnType.Text,
                widths.TryGetValue(i, out var w) ? w : null))
            .ToList();
        return new TabularExport(title, columns, rows);
    }

    private static (int Column, int Row) ParseReference(string reference)
    {
        var i = 0;
        var column = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        if (i == 0 || !int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row))
            throw Invalid($"bad cell reference {reference}");
        return (column - 1, row);
    }

    private static BusinessException Invalid(string reason) => new(DocumentErrorCodes.SpreadsheetInvalid, reason);

    private sealed class ReadContext
    {
        private readonly IReadOnlyList<string> _shared;
        private readonly IReadOnlyList<uint> _formatOfStyle;
        private readonly Dictionary<uint, string> _customFormats;

        public ReadContext(WorkbookPart workbook)
        {
            _shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var styles = workbook.WorkbookStylesPart?.Stylesheet;
            _formatOfStyle = styles?.CellFormats?.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value ?? 0).ToList() ?? [];
            _customFormats = styles?.NumberingFormats?.Elements<NumberingFormat>()
                .Where(f => f.NumberFormatId?.Value is not null)
                .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        }

        public string Text(Cell cell) => Value(cell) switch
        {
            (_, string s) => s,
            (_, null) => "",
            var (type, value) => TabularExport.FormatInvariant(new TabularColumn("", type), value),
        };

        public (ColumnType Type, object? Value) Value(Cell cell)
        {
            var kind = cell.DataType?.Value;
            if (kind == CellValues.InlineString) return (ColumnType.Text, cell.InlineString?.InnerText ?? "");
            var raw = cell.CellValue?.Text;
            if (kind == CellValues.SharedString)
            {
                var index = int.Parse(raw ?? "", CultureInfo.InvariantCulture);
                if (index < 0 || index >= _shared.Count) throw Invalid($"cell {cell.CellReference}: shared string {index} missing");
                return (ColumnType.Text, _shared[index]);
            }
            if (kind == CellValues.String || kind == CellValues.Boolean || kind == CellValues.Error) return (ColumnType.Text, raw ?? "");
            if (string.IsNullOrEmpty(raw)) return (ColumnType.Text, null);

            var format = cell.StyleIndex?.Value is uint style && style < _formatOfStyle.Count ? _formatOfStyle[(int)style] : 0u;
            if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                throw Invalid($"cell {cell.CellReference}: \"{raw}\" is not a number");
            if (IsDateFormat(format))
                return (ColumnType.Date, DateOnly.FromDayNumber(new DateOnly(1899, 12, 30).DayNumber + (int)Math.Floor(number)));
            if (format == XlsxTableWriter.MoneyFormatId) return (ColumnType.MoneyVnd, number);
            if (format is 1 or XlsxTableWriter.IntegerFormatId && number == Math.Truncate(number)) return (ColumnType.Integer, (long)number);
            return (ColumnType.Decimal, number);
        }

        private bool IsDateFormat(uint id)
        {
            if (id == XlsxTableWriter.DateFormatId || BuiltInDateFormats.Contains(id)) return true;
            if (!_customFormats.TryGetValue(id, out var code)) return false;
            // A custom format with day/month/year tokens outside quoted literals is a date.
            var unquoted = string.Concat(code.Split('"').Where((_, i) => i % 2 == 0)).ToLowerInvariant();
            return unquoted.Contains('d') && unquoted.Contains('y');
        }
    }
}
