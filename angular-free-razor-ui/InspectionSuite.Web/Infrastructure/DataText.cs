using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace InspectionSuite.Web;

/// <summary>
/// Data people typed in Vietnamese (unit names, subjects, names, criteria) shown on a page: on an English page it is
/// wrapped in <c>&lt;span lang="vi"&gt;</c> so a screen reader reads it with a Vietnamese voice (WCAG 3.1.2); on a
/// Vietnamese page it is the plain text. Use as <c>@Vi(c.Subject)</c>. Text is encoded when the page writes it, by the
/// page's own encoder (which keeps Vietnamese letters as they are).
/// </summary>
public static partial class DataText
{
    public static IHtmlContent Vi(string? text)
    {
        var content = new HtmlContentBuilder();
        if (string.IsNullOrEmpty(text)) return content;
        var mark = NeedsMark(text);
        if (mark) content.AppendHtml("<span lang=\"vi\">");
        content.Append(text);
        if (mark) content.AppendHtml("</span>");
        return content;
    }

    /// <summary>For an element that cannot hold a span (an &lt;option&gt;): "vi" to put in its lang attribute, or null (no attribute).</summary>
    public static string? ViLang(string? text) => !string.IsNullOrEmpty(text) && NeedsMark(text) ? "vi" : null;

    /// <summary>
    /// A localized template ("Decision {0} of {1}") whose arguments may be marked data (<see cref="Vi"/>): the template
    /// and plain arguments are written as text, marked ones as they are.
    /// </summary>
    public static IHtmlContent WithData(string template, params object?[] args)
    {
        var content = new HtmlContentBuilder();
        var at = 0;
        foreach (Match m in Placeholder().Matches(template))
        {
            content.Append(template[at..m.Index]);
            at = m.Index + m.Length;
            var i = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            if (i >= args.Length) content.Append(m.Value);
            else if (args[i] is IHtmlContent html) content.AppendHtml(html);
            else content.Append(Convert.ToString(args[i], CultureInfo.CurrentCulture) ?? "");
        }
        content.Append(template[at..]);
        return content;
    }

    // Only text that needs a Vietnamese voice on a page in another language is marked: a code or number reads the same.
    private static bool NeedsMark(string text)
        => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "vi" && text.Any(c => c > 127 && char.IsLetter(c));

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
