namespace InspectionSuite.Documents;

/// <summary>
/// Fills a <see cref="DocumentTemplate"/> from a field dictionary into an <see cref="OfficialDocumentModel"/>.
/// Values are plain text: they are substituted once and never interpreted (no nested placeholders, no markup).
/// </summary>
public sealed class DocumentTemplateRenderer
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <exception cref="BusinessException">
    /// <see cref="DocumentErrorCodes.TemplateFieldsMissing"/> naming every missing field (also in
    /// <see cref="BusinessException.Errors"/>), or <see cref="DocumentErrorCodes.FieldValueInvalid"/> for a bad date.
    /// </exception>
    public OfficialDocumentModel Render(DocumentTemplate template, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(fields);

        var missing = template.Fields.Where(f => !fields.ContainsKey(f)).ToList();
        if (missing.Count > 0)
            throw new BusinessException(DocumentErrorCodes.TemplateFieldsMissing, TemplateName(template), string.Join(", ", missing))
            {
                Errors = missing.ToDictionary(f => f, _ => new[] { DocumentErrorCodes.TemplateFieldsMissing }),
            };

        string Fill(string text) => DocumentTemplate.Placeholder().Replace(text, m => fields[m.Groups[1].Value] ?? "");
        List<string> FillAll(IEnumerable<string> lines) => lines.Select(Fill).Where(l => l.Trim().Length > 0).ToList();
        SignatureBlock Sign(TemplateSignature s) => new(Fill(s.AuthorityPrefix), Fill(s.Position), Fill(s.Name));

        return new OfficialDocumentModel
        {
            IssuingParentBody = Fill(template.IssuingParentBody),
            IssuingBody = Fill(template.IssuingBody),
            NumberAndSymbol = Fill(template.Number),
            Place = Fill(template.Place),
            Date = ParseDate(template.Date, Fill(template.Date)),
            Title = Fill(template.Title),
            Abstract = Fill(template.Abstract),
            Authority = Fill(template.Authority),
            LegalBases = FillAll(template.LegalBases),
            Considerations = FillAll(template.Considerations),
            BodyIntro = Fill(template.BodyIntro),
            Sections = template.Sections.Select(s => new DocumentSection(Fill(s.Heading), s.Blocks.Select(b => Block(b, Fill)).ToList())).ToList(),
            Recipients = FillAll(template.Recipients),
            Signature = Sign(template.Signature),
            CounterSignature = template.CounterSignature is { } c ? Sign(c) : null,
        };
    }

    private static DocumentBlock Block(TemplateBlock b, Func<string, string> fill)
    {
        if (b.Table is { } t)
        {
            var rows = t.Rows.Select(r => (IReadOnlyList<string>)r.Select(fill).ToList()).ToList();
            // The data's rows: the field's value is split, never filled again (values are plain text).
            if (t.RowsFrom is { Length: > 0 } rowsFrom) rows.AddRange(TableRows.Parse(fill("{{" + rowsFrom + "}}"), t.Header.Count));
            return new DocumentTable(t.Header.Select(fill).ToList(), rows);
        }
        if (b.Article is not null) return new DocumentArticle(fill(b.Article), fill(b.Text ?? ""));
        return new DocumentParagraph(fill(b.Text ?? ""), b.Bold, b.Italic, b.Centered);
    }

    private static DateOnly? ParseDate(string templateText, string value)
    {
        if (value.Trim().Length == 0) return null;
        if (DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        var field = DocumentTemplate.Placeholder().Match(templateText) is { Success: true } m ? m.Groups[1].Value : "date";
        throw new BusinessException(DocumentErrorCodes.FieldValueInvalid, field, value, "dd/MM/yyyy");
    }

    private static string TemplateName(DocumentTemplate t) => t.Name.Length > 0 ? t.Name : t.Source;
}
