using System.Text;

namespace InspectionSuite.Documents;

/// <summary>Text conventions of Vietnamese official documents (dates, numbers, upper case).</summary>
public static class OfficialText
{
    private static readonly NumberFormatInfo VietnameseNumbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>
    /// "Quảng Ngãi, ngày 05 tháng 02 năm 2026": Nghị định 30/2020 writes a leading zero for days
    /// below 10 and for months 1 and 2 (so they cannot be altered into 11, 12 by hand).
    /// </summary>
    public static string PlaceAndDate(string place, DateOnly? date)
    {
        if (date is not { } d) return $"{place}, ngày      tháng      năm      ";
        var day = d.Day < 10 ? "0" + d.Day : d.Day.ToString(CultureInfo.InvariantCulture);
        var month = d.Month <= 2 ? "0" + d.Month : d.Month.ToString(CultureInfo.InvariantCulture);
        return $"{place}, ngày {day} tháng {month} năm {d.Year}";
    }

    /// <summary>dd/MM/yyyy, the way dates are written inside the body.</summary>
    public static string ShortDate(DateOnly date) => VietnamTime.DateText(date);

    /// <summary>1.234.567 (Vietnamese grouping).</summary>
    public static string Number(decimal value, int decimals = 0)
        => value.ToString("N" + decimals, VietnameseNumbers);

    public static string Percent(decimal value) => Number(Math.Round(value, 1, MidpointRounding.AwayFromZero), 1) + "%";

    public static string Upper(string text) => text.ToUpperInvariant();

    /// <summary>"phường Cẩm Thành;" → "Phường Cẩm Thành;" at the start of a line (a recipient, a sentence).</summary>
    public static string CapitalizeFirst(string text)
        => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..] : text;

    /// <summary>
    /// A căn cứ line ends with ";" and the last one of the block with "." (Phụ lục I, mẫu quyết định); a line ending
    /// with ":" (the opening of a notice) keeps its colon.
    /// </summary>
    public static string LegalBasisLine(string line, bool last)
    {
        var text = line.TrimEnd();
        if (text.EndsWith(':')) return text;
        text = text.TrimEnd(';', ',', '.', ' ');
        return text + (last ? "." : ";");
    }

    /// <summary>
    /// Drops characters XML 1.0 cannot carry (control characters), so any value can be written, and
    /// composes decomposed Vietnamese (NFD, e.g. from macOS) to NFC so Word shows and finds it as typed.
    /// </summary>
    public static string XmlSafe(string text)
    {
        if (!text.IsNormalized(NormalizationForm.FormC)) text = text.Normalize(NormalizationForm.FormC);
        var clean = true;
        foreach (var c in text)
            if (!IsXmlChar(c) || char.IsSurrogate(c)) { clean = false; break; }
        if (clean) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (IsXmlChar(c) && !char.IsSurrogate(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsXmlChar(char c)
        => c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || char.IsSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
}
