using CsCheck;
using InspectionSuite.Csv;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Shared.Tests;

/// <summary>OWASP "CSV injection": no cell the app writes may start a spreadsheet formula.</summary>
public sealed class CsvFormulaInjectionTests
{
    // Strings biased towards the dangerous first characters, quotes, separators and line breaks.
    private static readonly Gen<string> Cell = Gen.OneOf(
        Gen.String,
        Gen.Char["=+-@\t\r\n,\"' a1.é"].Array[0, 12].Select(cs => new string(cs)),
        Gen.Select(Gen.Char["=+-@\t\r"], Gen.String, (c, s) => c + s),
        Gen.Decimal.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Long.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Should_never_write_a_cell_that_starts_a_formula_and_round_trip_everything_else()
    {
        Cell.Sample(value =>
        {
            var text = CsvWriter.Write(["before", "value", "after"], [["x", value, "y"]]);
            var cell = CsvReader.Parse(text)[1].Fields[1];

            if (cell.Length > 0 && CsvWriter.FormulaTriggers.Contains(cell[0]))
            {
                // Only a plain number may start with a sign: it is what the app writes for amounts and carries no formula.
                CsvWriter.IsInvariantNumber(cell).ShouldBeTrue($"written cell {cell} starts a formula");
                cell.ShouldBe(value);
            }
            else if (value.Length > 0 && CsvWriter.FormulaTriggers.Contains(value[0]))
                cell.ShouldBe("'" + value);
            else
                cell.ShouldBe(value);
        }, iter: 5000);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("-1250000", "-1250000")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("Xã Ba Tơ", "Xã Ba Tơ")]
    [InlineData("a=b", "a=b")]
    public void Should_prefix_an_apostrophe_to_formula_text_but_not_to_numbers(string value, string written)
        => CsvWriter.Escape(value).ShouldBe(written);
}
