using InspectionSuite.Csv;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Shared.Tests;

public sealed class CsvReaderTests
{
    [Fact]
    public void Should_parse_quotes_escapes_and_multiline_fields_with_their_start_lines()
    {
        var records = CsvReader.Parse("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",z\n");
        records.Count.ShouldBe(3);
        records[1].Fields.ShouldBe(["x, y", "say \"hi\""]);
        records[1].Line.ShouldBe(2);
        records[2].Fields.ShouldBe(["two\nlines", "z"]);
        records[2].Line.ShouldBe(4);
    }

    [Fact]
    public void Should_round_trip_through_the_writer()
    {
        string[][] rows = [["Xã Ba Tơ", "1,5", "\"quoted\""], ["", "line\nbreak", "Đặc khu Lý Sơn"]];
        var text = CsvWriter.Write(["c1", "c2", "c3"], rows);
        var (header, data) = CsvReader.ParseWithHeader(text);
        header.ShouldBe(["c1", "c2", "c3"]);
        data.Select(r => r.Fields.ToArray()).ShouldBe(rows);
    }

    [Fact]
    public void Should_report_an_unterminated_quote()
        => Should.Throw<FormatException>(() => CsvReader.Parse("a,\"open\nb")).Message.ShouldContain("line 1");
}
