using CsCheck;
using InspectionSuite.Monitoring;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Monitoring;

/// <summary>
/// The plan file's download name (Content-Disposition) is safe whatever the unit code and the uploaded name: ASCII
/// letters, digits, '-', '_' and one '.' before the extension; the uploaded name never reaches it but its extension.
/// </summary>
public sealed class UnitPlanDownloadNameTests
{
    [Fact]
    public void Should_give_an_ascii_name_without_path_quote_or_separator_for_any_code_and_uploaded_name()
        => Gen.Select(Gen.String, Gen.String, Gen.Int[2000, 2100]).Sample((code, uploaded, year) =>
        {
            var name = UnitPlanAppService.DownloadName(code, year, uploaded);
            name.ShouldAllBe(ch => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.');
            name.ShouldStartWith("ke-hoach-trien-khai_");
            name.Count(ch => ch == '.').ShouldBeLessThanOrEqualTo(1);
            name.ShouldContain($"_{year}");
        });

    [Theory]
    [InlineData("P01", "Kế hoạch triển khai phường 1.txt", "ke-hoach-trien-khai_P01_2026.txt")]
    [InlineData("SNV", "KH.PDF", "ke-hoach-trien-khai_SNV_2026.pdf")]
    [InlineData("Phường Ấn", "ke-hoach", "ke-hoach-trien-khai_Phngn_2026")]
    [InlineData("ĐƯ", "a.docx", "ke-hoach-trien-khai_don-vi_2026.docx")]
    public void Should_keep_the_unit_code_and_the_extension_only(string code, string uploaded, string expected)
        => UnitPlanAppService.DownloadName(code, 2026, uploaded).ShouldBe(expected);
}
