namespace InspectionSuite.EntityFrameworkCore;

/// <summary>Escaping of the words a user searches for, so that '%', '_' and '[' match themselves in LIKE.</summary>
internal static class CaseTextSearch
{
    public const string Escape = "\\";

    public static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_").Replace("[", "\\[");
}
