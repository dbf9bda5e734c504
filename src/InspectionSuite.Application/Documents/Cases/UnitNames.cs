using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Documents;

/// <summary>How a unit is named inside a sentence and how its head is titled (Nghị định 30/2020, Phụ lục II on capitals).</summary>
public static class UnitNames
{
    private static readonly string[] KindWords = ["Xã ", "Phường ", "Đặc khu "];

    /// <summary>
    /// "Phường Cẩm Thành" → "phường Cẩm Thành" mid-sentence: the kind of a commune-level unit is a common noun, only the
    /// proper name keeps its capitals ("UBND Đặc khu Lý Sơn" → "UBND đặc khu Lý Sơn"); a department's name is unchanged.
    /// </summary>
    public static string MidSentence(Unit unit) => MidSentence(unit.Name, unit.Kind);

    public static string MidSentence(string unitName, UnitKind kind)
    {
        var name = unitName.Trim();
        if (kind == UnitKind.Department) return name;
        foreach (var word in KindWords)
        {
            var at = name.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || name[at - 1] == ' '))
                return name[..at] + word.ToLower(CultureInfo.GetCultureInfo("vi")) + name[(at + word.Length)..];
        }
        return name;
    }

    /// <summary>"Chủ tịch UBND phường Cẩm Thành", "Giám đốc Sở Tài chính", "Trưởng đặc khu Lý Sơn".</summary>
    public static string HeadTitle(Unit unit) => HeadTitle(unit.Name, unit.Kind);

    /// <summary>The same from a name and kind kept elsewhere (a plan item keeps the unit's name as drawn).</summary>
    public static string HeadTitle(string unitName, UnitKind kind)
    {
        var name = MidSentence(unitName, kind);
        const string ubnd = "UBND ";
        var bare = name.StartsWith(ubnd, StringComparison.Ordinal) ? name[ubnd.Length..] : name;
        return kind switch
        {
            UnitKind.Department => bare.StartsWith("Sở ", StringComparison.Ordinal) ? "Giám đốc " + bare : "Thủ trưởng " + bare,
            UnitKind.SpecialZone => "Trưởng " + bare,
            _ => "Chủ tịch UBND " + bare,
        };
    }
}
