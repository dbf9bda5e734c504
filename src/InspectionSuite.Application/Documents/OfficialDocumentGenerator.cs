namespace InspectionSuite.Documents;

/// <summary>Template store + renderer + writer: the one call the case page needs.</summary>
public sealed class OfficialDocumentGenerator(DocumentTemplateStore store, DocumentTemplateRenderer renderer, DocxOfficialDocumentWriter writer)
{
    public Task<byte[]> GenerateAsync(DocumentKind kind, IReadOnlyDictionary<string, string> fields, CancellationToken ct = default)
        => GenerateAsync(kind, fields, "", ct);

    /// <param name="mark">"DỰ THẢO" / "ĐÃ HỦY" boxed above the header; empty for none.</param>
    public async Task<byte[]> GenerateAsync(DocumentKind kind, IReadOnlyDictionary<string, string> fields, string mark, CancellationToken ct = default)
    {
        var template = await store.LoadAsync(kind, ct);
        return writer.Write(renderer.Render(template, fields) with { Mark = mark });
    }
}
