using InspectionSuite.Documents;

namespace InspectionSuite.Application.Tests.Documents.Rendering;

/// <summary>Every kind with the sample fields, rendered in one LibreOffice start (PDF and PNG of page 1 kept for review).</summary>
public sealed class EveryKindRendered
{
    private readonly Lazy<Task<IReadOnlyDictionary<DocumentKind, RenderedPdf>>> _all = new(RenderAllAsync);

    public async Task<RenderedPdf> GetAsync(DocumentKind kind) => (await _all.Value)[kind];

    private static async Task<IReadOnlyDictionary<DocumentKind, RenderedPdf>> RenderAllAsync()
    {
        var kinds = Enum.GetValues<DocumentKind>();
        var pdfs = await RenderedPdf.RenderManyAsync(kinds.Select(k => DocumentLayoutRenderingTests.Docx(k)).ToList(),
            kinds.Select(k => Path.GetFileNameWithoutExtension(DocumentTemplateStore.FileName(k))).ToList());
        return kinds.Zip(pdfs).ToDictionary(p => p.First, p => p.Second);
    }
}
