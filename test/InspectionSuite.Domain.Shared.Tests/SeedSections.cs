using System.Text.RegularExpressions;

namespace InspectionSuite.Domain.Shared.Tests;

/// <summary>Splits the plan's text into its numbered sections: "II.4.b" (part, item, letter) and "Phụ lục N" (appendix rows).</summary>
internal static partial class SeedSections
{
    public static IReadOnlyList<(string Section, string Text)> Read(string path)
    {
        var sections = new List<(string, System.Text.StringBuilder)>();
        string part = "", item = "", letter = "";
        var appendix = false;
        System.Text.StringBuilder? current = null;
        void Open(string name) { current = new System.Text.StringBuilder(); sections.Add((name, current)); }
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith("PHỤ LỤC", StringComparison.Ordinal)) { appendix = true; current = null; continue; }
            if (appendix)
            {
                if (AppendixRow().Match(line) is { Success: true } row) Open("Phụ lục " + row.Groups[1].Value);
            }
            else if (Part().Match(line) is { Success: true } p) { part = p.Groups[1].Value; item = letter = ""; Open(part); }
            else if (part != "" && Item().Match(line) is { Success: true } i) { item = i.Groups[1].Value; letter = ""; Open($"{part}.{item}"); }
            else if (item != "" && Letter().Match(line) is { Success: true } l) { letter = l.Groups[1].Value; Open($"{part}.{item}.{letter}"); }
            current?.Append(line).Append(' ');
        }
        return sections.Select(s => (s.Item1, s.Item2.ToString())).ToList();
    }

    [GeneratedRegex(@"^(I|II|III|IV)\. ")] private static partial Regex Part();
    [GeneratedRegex(@"^(\d+)\. ")] private static partial Regex Item();
    [GeneratedRegex(@"^([a-d])\) ")] private static partial Regex Letter();
    [GeneratedRegex(@"^(\d+)\.\t")] private static partial Regex AppendixRow();
}
