using System.Globalization;
using InspectionSuite.Localization;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Shared.Tests;

public sealed class LocalizationTests
{
    private static readonly CultureInfo Vi = new("vi");
    private static readonly CultureInfo En = new("en");

    [Fact]
    public void Should_read_texts_from_the_embedded_resources_in_both_languages()
    {
        var l = new InspectionSuiteLocalizer();
        l.Get(InspectionSuiteErrorCodes.ConcurrencyConflict, Vi).ShouldStartWith("Dữ liệu đã được người khác lưu");
        l.Get(InspectionSuiteErrorCodes.ConcurrencyConflict, En).ShouldStartWith("Someone else saved");
    }

    [Fact]
    public void Should_fall_back_to_english_then_to_the_key()
    {
        var l = new InspectionSuiteLocalizer(lang => lang == "en"
            ? new Dictionary<string, string> { ["OnlyEnglish"] = "english text" }
            : new Dictionary<string, string>());
        l.Get("OnlyEnglish", Vi).ShouldBe("english text");
        l.Get("Missing.Key", Vi).ShouldBe("Missing.Key");
        l.Get("Missing.Key", En).ShouldBe("Missing.Key");
    }

    [Fact]
    public void Should_use_vietnamese_for_unsupported_cultures_and_survive_bad_format_arguments()
    {
        var l = new InspectionSuiteLocalizer(lang => new Dictionary<string, string> { ["K"] = lang + " {0} {1}" });
        l.Get("K", new CultureInfo("fr")).ShouldBe("vi {0} {1}");
        l.Get("K", En, "a").ShouldBe("en {0} {1}"); // too few arguments: the template, not an exception
    }

    [Fact]
    public void Should_have_every_vietnamese_key_in_english_and_back()
    {
        var l = new InspectionSuiteLocalizer();
        var vi = KeysOf("vi");
        var en = KeysOf("en");
        vi.Except(en).ShouldBeEmpty("keys missing in English");
        en.Except(vi).ShouldBeEmpty("keys missing in Vietnamese");
        vi.ShouldContain(InspectionSuiteErrorCodes.ConcurrencyConflict);
        l.Get("Login.Title", Vi).ShouldBe("Đăng nhập");
    }

    private static HashSet<string> KeysOf(string lang)
    {
        var asm = typeof(InspectionSuiteLocalizer).Assembly;
        var keys = new HashSet<string>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.EndsWith($".{lang}.json", StringComparison.Ordinal)))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(asm.GetManifestResourceStream(name)!);
            foreach (var p in doc.RootElement.GetProperty("texts").EnumerateObject()) keys.Add(p.Name);
        }
        return keys;
    }
}
