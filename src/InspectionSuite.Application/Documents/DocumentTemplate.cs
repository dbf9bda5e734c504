using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace InspectionSuite.Documents;

/// <summary>
/// A document template: the shape of an <see cref="OfficialDocumentModel"/> whose strings may hold
/// <c>{{Field.Path}}</c> placeholders. Loaded from JSON files an administrator can replace.
/// </summary>
public sealed partial class DocumentTemplate
{
    public string Name { get; init; } = "";
    public string IssuingParentBody { get; init; } = "";
    public string IssuingBody { get; init; } = "";
    public string Number { get; init; } = "";
    public string Place { get; init; } = "";
    /// <summary>After filling: dd/MM/yyyy or yyyy-MM-dd; empty leaves the date blank for signing.</summary>
    public string Date { get; init; } = "";
    public string Title { get; init; } = "";
    public string Abstract { get; init; } = "";
    public string Authority { get; init; } = "";
    public List<string> LegalBases { get; init; } = [];
    public List<string> Considerations { get; init; } = [];
    public string BodyIntro { get; init; } = "";
    public List<TemplateSection> Sections { get; init; } = [];
    public List<string> Recipients { get; init; } = [];
    public TemplateSignature Signature { get; init; } = new();
    public TemplateSignature? CounterSignature { get; init; }

    /// <summary>File or resource the template came from, for error messages.</summary>
    [JsonIgnore]
    public string Source { get; private set; } = "";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    // Single pass: a value containing "{{X}}" is copied verbatim, never expanded again.
    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*\}\}", RegexOptions.CultureInvariant)]
    internal static partial Regex Placeholder();

    /// <exception cref="BusinessException"><see cref="DocumentErrorCodes.TemplateInvalid"/> with the reason.</exception>
    public static DocumentTemplate Parse(string json, string source)
    {
        DocumentTemplate? template;
        try
        {
            template = JsonSerializer.Deserialize<DocumentTemplate>(json, Options);
        }
        catch (JsonException e)
        {
            throw new BusinessException(DocumentErrorCodes.TemplateInvalid, source,
                e.Path is { Length: > 0 } ? $"{e.Path}: {e.Message}" : e.Message);
        }
        if (template is null) throw new BusinessException(DocumentErrorCodes.TemplateInvalid, source, "empty document");
        template.Source = source;
        var problems = new List<string>();
        if (template.IssuingBody.Trim().Length == 0) problems.Add("issuingBody is required");
        // Only a công văn has no title (tên loại); its trích yếu starts "V/v" (Nghị định 30/2020, Phụ lục I, mục II.5.b).
        if (template.Title.Trim().Length == 0 && !template.Abstract.StartsWith("V/v", StringComparison.Ordinal)) problems.Add("title is required");
        if (template.Place.Trim().Length == 0) problems.Add("place is required");
        for (var s = 0; s < template.Sections.Count; s++)
            for (var b = 0; b < template.Sections[s].Blocks.Count; b++)
            {
                var block = template.Sections[s].Blocks[b];
                var kinds = (block.Text is not null ? 1 : 0) + (block.Article is not null ? 1 : 0) + (block.Table is not null ? 1 : 0);
                if (block.Article is not null && block.Text is not null) kinds--; // an article carries its text
                if (kinds != 1) problems.Add($"$.sections[{s}].blocks[{b}] must be one of text, article (+text) or table");
            }
        if (problems.Count > 0) throw new BusinessException(DocumentErrorCodes.TemplateInvalid, source, string.Join("; ", problems));
        return template;
    }

    private IReadOnlyList<string>? _fields;

    /// <summary>Every placeholder name in the template, in order of first appearance (found once: a parsed template is not changed).</summary>
    public IReadOnlyList<string> Fields => _fields ??= FindFields();

    private List<string> FindFields()
    {
        var seen = new List<string>();
        foreach (var text in Strings())
            foreach (Match m in Placeholder().Matches(text))
                if (!seen.Contains(m.Groups[1].Value, StringComparer.Ordinal)) seen.Add(m.Groups[1].Value);
        return seen;
    }

    internal IEnumerable<string> Strings()
    {
        yield return IssuingParentBody; yield return IssuingBody; yield return Number; yield return Place;
        yield return Date; yield return Title; yield return Abstract; yield return Authority;
        foreach (var s in LegalBases) yield return s;
        foreach (var s in Considerations) yield return s;
        yield return BodyIntro;
        foreach (var section in Sections)
        {
            yield return section.Heading;
            foreach (var block in section.Blocks)
            {
                if (block.Article is not null) yield return block.Article;
                if (block.Text is not null) yield return block.Text;
                if (block.Table is not null)
                {
                    foreach (var h in block.Table.Header) yield return h;
                    foreach (var row in block.Table.Rows) foreach (var c in row) yield return c;
                    if (block.Table.RowsFrom is { Length: > 0 } rowsFrom) yield return "{{" + rowsFrom + "}}";
                }
            }
        }
        foreach (var s in Recipients) yield return s;
        foreach (var sig in new[] { Signature, CounterSignature })
        {
            if (sig is null) continue;
            yield return sig.AuthorityPrefix; yield return sig.Position; yield return sig.Name;
        }
    }
}
