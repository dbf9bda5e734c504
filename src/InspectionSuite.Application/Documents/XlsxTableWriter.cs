using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace InspectionSuite.Documents;

/// <summary>
/// Writes <see cref="TabularExport"/>s as .xlsx: row 1 the title (bold), row 2 the bold header, frozen
/// below the header, data from row 3 with a number format per column type, column widths set.
/// Text goes into inline strings, so values are never interpreted as formulas or markup.
/// </summary>
public sealed class XlsxTableWriter
{
    // Cell format indexes in the stylesheet below; the reader recognizes the number formats.
    internal const uint StyleDefault = 0, StyleTitle = 1, StyleHeader = 2, StyleText = 3, StyleInteger = 4, StyleMoney = 5, StyleDate = 6, StyleDecimal = 7;
    internal const uint MoneyFormatId = 164, DateFormatId = 165, DecimalFormatId = 166, IntegerFormatId = 3;
    internal const int HeaderRow = 2;

    public byte[] Write(TabularExport table, string sheetName) => Write([new XlsxSheet(sheetName, table)]);

    public byte[] Write(IReadOnlyList<XlsxSheet> sheets)
    {
        using var ms = new MemoryStream();
        Write(sheets, ms);
        return ms.ToArray();
    }

    public void Write(IReadOnlyList<XlsxSheet> sheets, Stream output)
    {
        if (sheets.Count == 0) throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));
        foreach (var s in sheets) s.Table.Validate();
        var names = UniqueSheetNames(sheets.Select(s => s.Name));

        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbookPart = doc.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = Stylesheet();
        var sheetList = new Sheets();

        for (var i = 0; i < sheets.Count; i++)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = Worksheet(sheets[i].Table);
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = names[i] });
        }
        workbookPart.Workbook.Append(sheetList);
        workbookPart.Workbook.Save();
    }

    private static Worksheet Worksheet(TabularExport table)
    {
        var columnCount = Math.Max(1, table.Columns.Count);
        var lastColumn = ColumnName(columnCount - 1);

        var views = new SheetViews(new SheetView(
            new Pane
            {
                VerticalSplit = HeaderRow,
                TopLeftCell = $"A{HeaderRow + 1}",
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{HeaderRow + 1}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{HeaderRow + 1}" } })
        { WorkbookViewId = 0 });

        var columns = new Columns(table.Columns.Select((c, i) => new Column
        {
            Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.EffectiveWidth, CustomWidth = true,
        }));

        var data = new SheetData();
        data.Append(new Row(TextCell("A1", table.Title, StyleTitle)) { RowIndex = 1 });
        data.Append(new Row(table.Columns.Select((c, i) => TextCell(Ref(i, HeaderRow), c.Header, StyleHeader))) { RowIndex = HeaderRow });
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var rowIndex = (uint)(HeaderRow + 1 + r);
            var row = new Row { RowIndex = rowIndex };
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var value = c < table.Rows[r].Count ? TabularExport.Normalize(table.Columns[c], table.Rows[r][c], r) : null;
                if (value is null) continue;
                row.Append(ValueCell(Ref(c, (int)rowIndex), table.Columns[c].Type, value));
            }
            data.Append(row);
        }

        var sheet = new Worksheet(views, new SheetFormatProperties { DefaultRowHeight = 15 }, columns, data);
        if (table.Columns.Count > 1)
            sheet.Append(new MergeCells(new MergeCell { Reference = $"A1:{lastColumn}1" }) { Count = 1 });
        return sheet;
    }

    private static Cell ValueCell(string reference, ColumnType type, object value) => type switch
    {
        ColumnType.Text => TextCell(reference, (string)value, StyleText),
        ColumnType.Integer => NumberCell(reference, ((long)value).ToString(CultureInfo.InvariantCulture), StyleInteger),
        ColumnType.MoneyVnd => NumberCell(reference, ((decimal)value).ToString(CultureInfo.InvariantCulture), StyleMoney),
        ColumnType.Decimal => NumberCell(reference, ((decimal)value).ToString(CultureInfo.InvariantCulture), StyleDecimal),
        // Excel stores dates as serial days since 1899-12-30.
        ColumnType.Date => NumberCell(reference, ((DateOnly)value).DayNumber - new DateOnly(1899, 12, 30).DayNumber + "", StyleDate),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static Cell NumberCell(string reference, string number, uint style)
        => new(new CellValue(number)) { CellReference = reference, DataType = CellValues.Number, StyleIndex = style };

    private static Cell TextCell(string reference, string text, uint style)
        => new(new InlineString(new Text(OfficialText.XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style,
        };

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = MoneyFormatId, FormatCode = "#,##0" },
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = DecimalFormatId, FormatCode = "#,##0.0" })
        { Count = 3 },
        new Fonts(
            Font(bold: false, size: 12),
            Font(bold: true, size: 12),
            Font(bold: true, size: 14))
        { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
            { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
            { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true },
            NumberFormat(IntegerFormatId),
            NumberFormat(MoneyFormatId),
            NumberFormat(DateFormatId),
            NumberFormat(DecimalFormatId))
        { Count = 8 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat NumberFormat(uint id) => new(new Alignment { Vertical = VerticalAlignmentValues.Top })
    {
        NumberFormatId = id, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyNumberFormat = true, ApplyBorder = true, ApplyAlignment = true,
    };

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size });
        font.Append(new FontName { Val = "Times New Roman" });
        return font;
    }

    /// <summary>Excel sheet names: ≤ 31 characters, none of []:*?/\, unique ignoring case.</summary>
    internal static IReadOnlyList<string> UniqueSheetNames(IEnumerable<string> names)
    {
        var result = new List<string>();
        foreach (var raw in names)
        {
            var clean = new string(raw.Select(c => "[]:*?/\\".Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim('\'', ' ');
            if (clean.Length == 0) clean = "Sheet";
            if (clean.Length > 31) clean = clean[..31];
            var candidate = clean;
            for (var n = 2; result.Contains(candidate, StringComparer.OrdinalIgnoreCase); n++)
            {
                var suffix = $" ({n})";
                candidate = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
            }
            result.Add(candidate);
        }
        return result;
    }

    internal static string Ref(int column, int row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    internal static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
            name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }
}
