using System.Globalization;
using CsCheck;
using InspectionSuite.Localization;
using InspectionSuite.Organization;
using InspectionSuite.Sampling;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Tests.Sampling;

/// <summary>
/// Issue 18: the per-unit detail of a draw is a sentence built from the reason and the engine's facts through the localizer.
/// In English it is, for every draw, exactly the engine's own sentence (so every clause and number comes from the facts);
/// in Vietnamese it has none of the engine's English words.
/// </summary>
public sealed class SamplingDetailTextTests
{
    private static readonly InspectionSuiteLocalizer L = new();

    private static T In<T>(string culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try { return read(); }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    /// <summary>Words of the engine's English sentences (not of the generated reasons "complaint", "directive", "State Audit 2030").</summary>
    private static readonly string[] EngineWords =
        ["never checked", "last checked", "year(s)", "risk-weighted", "cooldown", "rotation", "mandatory:", "overlap", "quota", "not drawn", "not reached", "unchecked"];

    [Fact]
    public void Should_write_in_english_exactly_the_engines_sentence_for_every_unit_of_every_draw()
    {
        Scenario.Gen_.Sample(s =>
        {
            var result = SamplingEngine.Select(s.Request);
            return result.Units.All(u => u.Facts is { } f && In("en", () => SamplingDetailText.Sentence(L, u.Reason, f)) == u.Detail);
        }, iter: 300);
    }

    [Fact]
    public void Should_write_in_vietnamese_without_the_engines_english_words_for_every_unit_of_every_draw()
    {
        Scenario.Gen_.Sample(s =>
        {
            var result = SamplingEngine.Select(s.Request);
            return result.Units.All(u =>
            {
                var vi = In("vi", () => SamplingDetailText.Sentence(L, u.Reason, u.Facts!));
                return vi.Length > 0 && !EngineWords.Any(w => vi.Contains(w, StringComparison.OrdinalIgnoreCase));
            });
        }, iter: 300);
    }

    [Fact]
    public void Should_write_the_documented_examples_in_vietnamese()
    {
        // docs/sampling.md's CLI example: SNV won the draw, STC is in its cooldown, XA02 is mandatory.
        var request = new SamplingRequest
        {
            Year = 2027, Authority = AuthorityCode.NoiVu, Seed = "QN-2027",
            Units =
            [
                new SamplingUnit("SNV", UnitKind.Department), new SamplingUnit("STC", UnitKind.Department), new SamplingUnit("SYT", UnitKind.Department),
                new SamplingUnit("XA01", UnitKind.Commune), new SamplingUnit("XA02", UnitKind.Commune), new SamplingUnit("PH01", UnitKind.Ward), new SamplingUnit("LS", UnitKind.Commune),
            ],
            History = [new CompletedCheck("STC", 2026, AuthorityCode.NoiVu), new CompletedCheck("XA01", 2024, AuthorityCode.NoiVu)],
            Mandatory = [new UnitReason("XA02", "khiếu nại")],
        };
        var units = SamplingEngine.Select(request).Units.ToDictionary(u => u.Code);
        string Vi(string code) => In("vi", () => SamplingDetailText.Sentence(L, units[code].Reason, units[code].Facts!));

        units["SNV"].Reason.ShouldBe(SelectionReason.RiskDraw);
        Vi("SNV").ShouldBe("bốc chọn theo mức rủi ro (điểm rủi ro 50) trong 2 đơn vị cùng thời gian chưa kiểm tra: chưa từng được kiểm tra (tính từ năm 2023, 4 năm)");
        Vi("STC").ShouldBe("trong thời gian giãn cách 1 năm: kiểm tra lần gần nhất năm 2026 (1 năm trước)");
        Vi("XA02").ShouldBe("bắt buộc: khiếu nại");
        Vi("XA01").ShouldBe("chưa đến lượt: chỉ tiêu đã đủ với các đơn vị bắt buộc, quá hạn hoặc lâu chưa kiểm tra hơn; kiểm tra lần gần nhất năm 2024 (3 năm trước), điểm rủi ro 50");
    }
}
