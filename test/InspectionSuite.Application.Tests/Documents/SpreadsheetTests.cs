using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using InspectionSuite.Documents;
using InspectionSuite.Csv;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Documents;

public sealed class SpreadsheetTests
{
    /// <summary>A sanctions and recommendations register, the shape of the real export.</summary>
    private static TabularExport Register() => new(
        "Sổ theo dõi xử lý sau thanh tra năm 2026 - Thanh tra tỉnh Quảng Ngãi",
        [
            new TabularColumn("STT", ColumnType.Integer, 6),
            new TabularColumn("Đơn vị", ColumnType.Text, 40),
            new TabularColumn("Hình thức xử lý", ColumnType.Text),
            new TabularColumn("Số tiền quyết định (đồng)", ColumnType.MoneyVnd),
            new TabularColumn("Số tiền đã thu hồi (đồng)", ColumnType.MoneyVnd),
            new TabularColumn("Tỷ lệ (%)", ColumnType.Decimal),
            new TabularColumn("Hạn thực hiện", ColumnType.Date),
        ],
        [
            [1L, "UBND Đặc khu Lý Sơn", "Thu hồi tiền", 1_250_000_000m, 987_654_321m, 79.0m, new DateOnly(2026, 6, 15)],
            [2, "Sở Nội vụ tỉnh Quảng Ngãi", "Kỷ luật; \"khiển trách\", cảnh cáo", 0m, 0m, 0m, new DateOnly(2026, 12, 15)],
            [3L, "=HYPERLINK(\"http://x\")<script>", "Chuyển cơ quan điều tra\nnhiều dòng", 999_999_999_999_999m, 12.5m, 33.3m, null],
            [4L, "Phường Nghĩa Lộ", null, null, null, null, new DateOnly(2024, 2, 29)],
        ]);

    [Fact]
    public void Should_round_trip_every_value_through_xlsx()
    {
        var export = Register();

        var xlsx = new XlsxTableWriter().Write(export, "Xử lý sau thanh tra");
        var back = new XlsxTableReader().Read(xlsx, "Xử lý sau thanh tra");

        back.Title.ShouldBe(export.Title);
        back.Columns.Select(c => (c.Header, c.Type)).ShouldBe(export.Columns.Select(c => (c.Header, c.Type)));
        back.Columns.Select(c => c.Width).ShouldBe(export.Columns.Select(c => (double?)c.EffectiveWidth));
        back.Rows.Count.ShouldBe(export.Rows.Count);
        for (var r = 0; r < export.Rows.Count; r++)
            for (var c = 0; c < export.Columns.Count; c++)
                back.Rows[r][c].ShouldBe(TabularExport.Normalize(export.Columns[c], export.Rows[r][c]), $"row {r + 1}, column {c + 1}");
    }

    [Fact]
    public void Should_write_a_valid_workbook_with_bold_frozen_header_and_typed_formats()
    {
        var xlsx = new XlsxTableWriter().Write(Register(), "Sổ theo dõi");

        using var ms = new MemoryStream(xlsx);
        using var doc = SpreadsheetDocument.Open(ms, false);
        new OpenXmlValidator().Validate(doc).Select(e => e.Description).ShouldBeEmpty();

        var workbook = doc.WorkbookPart!;
        workbook.Workbook!.Sheets!.Elements<Sheet>().Single().Name!.Value.ShouldBe("Sổ theo dõi");
        var sheet = workbook.WorksheetParts.Single().Worksheet!;
        var pane = sheet.GetFirstChild<SheetViews>()!.GetFirstChild<SheetView>()!.GetFirstChild<Pane>()!;
        pane.State!.Value.ShouldBe(PaneStateValues.Frozen);
        pane.TopLeftCell!.Value.ShouldBe("A3");

        var styles = workbook.WorkbookStylesPart!.Stylesheet!;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = styles.Fonts!.Elements<Font>().ToList();
        Cell At(string reference) => sheet.Descendants<Cell>().Single(c => c.CellReference == reference);
        var header = formats[(int)At("B2").StyleIndex!.Value];
        fonts[(int)header.FontId!.Value].Bold.ShouldNotBeNull();
        At("B2").InnerText.ShouldBe("Đơn vị");
        formats[(int)At("D3").StyleIndex!.Value].NumberFormatId!.Value.ShouldBe(164u);           // #,##0 money
        styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == 165u).FormatCode!.Value.ShouldBe("dd/mm/yyyy");
        At("G3").CellValue!.Text.ShouldBe("46188");                                              // 15/06/2026 as an Excel serial
        At("B5").DataType!.Value.ShouldBe(CellValues.InlineString);                             // never a formula
        sheet.GetFirstChild<Columns>()!.Elements<Column>().First().Width!.Value.ShouldBe(6);
    }

    [Fact]
    public void Should_write_several_sheets_with_legal_unique_names()
    {
        var table = new TabularExport("T", [new TabularColumn("A")], [["x"]]);

        var xlsx = new XlsxTableWriter().Write([new XlsxSheet("Bao phu [2026]/Q1: rất dài tên trang tính vượt quá", table), new XlsxSheet("Sheet", table), new XlsxSheet("sheet", table)]);

        var names = new XlsxTableReader().ReadAll(xlsx).Select(s => s.Name).ToList();
        names[0].Length.ShouldBeLessThanOrEqualTo(31);
        names[0].ShouldNotContain("[");
        names[0].ShouldNotContain("/");
        names.Skip(1).ShouldBe(["Sheet", "sheet (2)"]);
    }

    [Fact]
    public void Should_refuse_a_value_of_the_wrong_type_naming_row_and_column()
    {
        var export = new TabularExport("T", [new TabularColumn("Ngày", ColumnType.Date)], [[new DateOnly(2026, 1, 1)], ["15/06/2026"]]);

        var error = Should.Throw<ArgumentException>(() => new XlsxTableWriter().Write(export, "S"));

        error.Message.ShouldContain("Row 2");
        error.Message.ShouldContain("Ngày");
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_a_workbook()
    {
        var error = Should.Throw<BusinessException>(() => new XlsxTableReader().Read("not a zip"u8.ToArray()));

        error.Code.ShouldBe(DocumentErrorCodes.SpreadsheetInvalid);
    }

    [Fact]
    public void Should_round_trip_every_value_through_csv()
    {
        var export = Register();

        var csv = TabularCsvWriter.Write(export);
        var (header, rows) = CsvReader.ParseWithHeader(csv);

        header.ShouldBe(export.Columns.Select(c => c.Header.Trim().ToLowerInvariant()));
        rows.Count.ShouldBe(export.Rows.Count);
        rows[0].Fields.ShouldBe(["1", "UBND Đặc khu Lý Sơn", "Thu hồi tiền", "1250000000", "987654321", "79.0", "2026-06-15"]);
        rows[2][1].ShouldBe("'=HYPERLINK(\"http://x\")<script>"); // neutralised, see CsvWriter.NeutralizeFormula
        rows[2][2].ShouldBe("Chuyển cơ quan điều tra\nnhiều dòng");
        rows[2][3].ShouldBe("999999999999999");
        rows[3][2].ShouldBe("");
        for (var r = 0; r < export.Rows.Count; r++)
            for (var c = 0; c < export.Columns.Count; c++)
                rows[r][c].ShouldBe(CsvWriter.NeutralizeFormula(TabularExport.FormatInvariant(export.Columns[c], export.Rows[r][c])));

        var bytes = TabularCsvWriter.WriteUtf8(export);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        CsvReader.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Count.ShouldBe(export.Rows.Count + 1);
    }
}
