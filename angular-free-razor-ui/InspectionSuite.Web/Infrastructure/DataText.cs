using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace InspectionSuite.Web;

/// <summary>
/// Data people typed in Vietnamese (unit names, subjects, names, criteria) shown on a page: on an English page it is
/// wrapped in <c>&lt;span lang="vi"&gt;</c> so a screen reader reads it with a Vietnamese voice (WCAG 3.1.2); on a
/// Vietnamese page it is the plain encoded text. Use as <c>@Vi(c.Subject)</c> (the page's <c>Vi</c>) or <c>@DataText.Vi(…)</c>.
/// </summary>
public static class DataText
{
    public static IHtmlContent Vi(string? text)
    {
        if (string.IsNullOrEmpty(text)) return HtmlString.Empty;
        var encoded = HtmlEncoder.Default.Encode(text);
        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" || !HasVietnameseLetter(text)
            ? new HtmlString(encoded)
            : new HtmlString($"<span lang=\"vi\">{encoded}</span>");
    }

    /// <summary>
    /// A localized template ("Decision {0} of {1}") whose arguments may be marked data (<see cref="Vi"/>): the template
    /// and plain arguments are encoded, marked ones are kept as they are.
    /// </summary>
    public static IHtmlContent WithData(string template, params object?[] args)
        => new HtmlString(Placeholder.Replace(HtmlEncoder.Default.Encode(template), m =>
            int.TryParse(m.Groups[1].Value, out var i) && i < args.Length
                ? args[i] switch
                {
                    IHtmlContent html => Render(html),
                    var plain => HtmlEncoder.Default.Encode(Convert.ToString(plain, CultureInfo.CurrentCulture) ?? ""),
                }
                : m.Value));

    private static readonly System.Text.RegularExpressions.Regex Placeholder = new(@"\{(\d+)\}");

    private static string Render(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    /// <summary>For an element that cannot hold a span (an &lt;option&gt;): "vi" to put in its lang attribute, or null (no attribute).</summary>
    public static string? ViLang(string? text)
        => !string.IsNullOrEmpty(text) && CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "vi" && HasVietnameseLetter(text) ? "vi" : null;

    // Only text that needs a Vietnamese voice is marked: a code or number reads the same in either language.
    private static bool HasVietnameseLetter(string text) => text.Any(c => c > 127 && char.IsLetter(c));
}
