using System.Globalization;
using System.Text;

namespace InspectionSuite.Organization;

/// <summary>
/// Text as a search compares it: lower case, without Vietnamese marks (đ as d), so "truong" finds "Trường" and
/// "UBND xa" finds "UBND xã". Users type without marks on many keyboards and phones.
/// </summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }

    /// <summary>Whether <paramref name="folded"/> (a <see cref="Fold"/>ed text) contains the folded search <paramref name="search"/>.</summary>
    public static bool Matches(string folded, string search) => folded.Contains(search, StringComparison.Ordinal);
}
