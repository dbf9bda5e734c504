using System.Net;
using System.Text.RegularExpressions;

namespace InspectionSuite.Web.Tests.Infrastructure;

/// <summary>What a person reads on a page: text nodes and the attributes read out or shown on hover (title, aria-label, placeholder).</summary>
public static partial class VisibleText
{
    public static string Of(string html)
    {
        var body = Scripts().Replace(html, " ");
        var shown = string.Join(" ", Attributes().Matches(body).Select(m => m.Groups[2].Value));
        var text = Tags().Replace(body, " ");
        return WebUtility.HtmlDecode(text + " " + shown);
    }

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();

    [GeneratedRegex("\\s(title|aria-label|placeholder)=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Attributes();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
