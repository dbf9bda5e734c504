using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace InspectionSuite.Application.Tests.Documents.Rendering;

/// <summary>A PDF read back with PdfPig: the text lines of each page (words on one baseline, left to right) with their position.</summary>
public sealed class RenderedPdf
{
    public sealed record Line(string Text, double Baseline, double Left, double Right);
    public sealed record Page(int Number, double Width, double Height, IReadOnlyList<Line> Lines)
    {
        public string Text => string.Join("\n", Lines.Select(l => l.Text));
    }

    public IReadOnlyList<Page> Pages { get; }
    public string Text => string.Join("\n", Pages.Select(p => p.Text));

    private RenderedPdf(IReadOnlyList<Page> pages) => Pages = pages;

    /// <param name="screenshotName">When given, the PDF and (with poppler's pdftoppm) a PNG of page 1 are kept for review.</param>
    public static async Task<RenderedPdf> RenderAsync(byte[] docx, string? screenshotName = null)
    {
        if (!LibreOffice.Converter.IsAvailable)
            throw new InvalidOperationException("INSPECTIONSUITE_REQUIRE_LIBREOFFICE=1 but soffice is not installed.");
        var pdf = await LibreOffice.Converter.ToPdfAsync(docx);
        if (screenshotName is not null) await KeepAsync(pdf, screenshotName);
        return Read(pdf);
    }

    public static async Task<IReadOnlyList<RenderedPdf>> RenderManyAsync(IReadOnlyList<byte[]> documents, IReadOnlyList<string> screenshotNames)
    {
        if (!LibreOffice.Converter.IsAvailable)
            throw new InvalidOperationException("INSPECTIONSUITE_REQUIRE_LIBREOFFICE=1 but soffice is not installed.");
        var pdfs = await LibreOffice.Converter.ToPdfAsync(documents);
        for (var i = 0; i < pdfs.Count; i++) await KeepAsync(pdfs[i], screenshotNames[i]);
        return pdfs.Select(Read).ToList();
    }

    private static async Task KeepAsync(byte[] pdf, string name)
    {
        var path = Path.Combine(LibreOffice.ScreenshotDirectory, name + ".pdf");
        await File.WriteAllBytesAsync(path, pdf);
        if (!File.Exists("/usr/bin/pdftoppm")) return;
        var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/pdftoppm") { UseShellExecute = false };
        foreach (var arg in new[] { "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", path, Path.Combine(LibreOffice.ScreenshotDirectory, name) })
            start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start);
        if (process is not null) await process.WaitForExitAsync();
    }

    public static RenderedPdf Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<Page>();
        foreach (var page in document.GetPages())
        {
            // Words whose baselines are within 1.5 pt form one line (the two header columns share a line).
            var groups = new List<(double Baseline, List<Word> Words)>();
            foreach (var word in page.GetWords().Where(w => w.Text.Trim().Length > 0).OrderByDescending(w => w.Letters[0].StartBaseLine.Y))
            {
                var y = word.Letters[0].StartBaseLine.Y;
                if (groups.Count > 0 && Math.Abs(groups[^1].Baseline - y) <= 1.5) groups[^1].Words.Add(word);
                else groups.Add((y, [word]));
            }
            var lines = groups.Select(g =>
                {
                    var words = g.Words.OrderBy(w => w.BoundingBox.Left).ToList();
                    return new Line(string.Join(" ", words.Select(w => w.Text)), g.Baseline, words[0].BoundingBox.Left, words[^1].BoundingBox.Right);
                })
                .ToList();
            pages.Add(new Page(page.Number, page.Width, page.Height, lines));
        }
        return new RenderedPdf(pages);
    }
}
