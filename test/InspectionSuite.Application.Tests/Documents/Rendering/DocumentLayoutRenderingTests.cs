using InspectionSuite.Documents;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Documents.Rendering;

/// <summary>
/// Every kind rendered .docx → PDF by LibreOffice and read back with PdfPig, against Nghị định 30/2020 Phụ lục I:
/// what a records office (văn thư) checks on paper, not only what the XML says.
/// </summary>
public sealed class DocumentLayoutRenderingTests(EveryKindRendered rendered) : IClassFixture<EveryKindRendered>
{
    public static TheoryData<DocumentKind> Kinds() => new(Enum.GetValues<DocumentKind>());

    // The text area: left margin 30 mm, right 15 mm on A4 (points).
    private const double MmToPt = 72 / 25.4;
    private static readonly double TextCentre = (30 + (210 - 15)) / 2.0 * MmToPt;

    internal static byte[] Docx(DocumentKind kind, Dictionary<string, string>? fields = null)
    {
        var template = DocumentTestData.Store().Load(kind);
        return new DocxOfficialDocumentWriter().Write(new DocumentTemplateRenderer().Render(template, fields ?? DocumentTestData.Fields()));
    }

    [LibreOfficeTheory]
    [MemberData(nameof(Kinds))]
    public async Task Should_print_each_kind_as_the_decree_lays_it_out(DocumentKind kind)
    {
        var pdf = await rendered.GetAsync(kind);

        var first = pdf.Pages[0];
        // Quốc hiệu and tiêu ngữ: one line each (the left column shares the baseline, so "contains").
        first.Lines.Count(l => l.Text.Contains(DocxOfficialDocumentWriter.NationalTitle, StringComparison.Ordinal)).ShouldBe(1, first.Text);
        first.Lines.Count(l => l.Text.Contains(DocxOfficialDocumentWriter.Motto, StringComparison.Ordinal)).ShouldBe(1, first.Text);
        // The issuing body under its parent, without repeating the province, on at most two lines.
        var headerLines = first.Lines.TakeWhile(l => !l.Text.StartsWith("Số:", StringComparison.Ordinal)).ToList();
        headerLines.Count.ShouldBeLessThanOrEqualTo(3, first.Text); // parent + body, or parent + body + the tiêu ngữ line alone
        first.Text.ShouldNotContain("TỈNH QUẢNG NGÃI\nTHANH TRA TỈNH QUẢNG NGÃI");
        first.Text.Split("QUẢNG NGÃI").Length.ShouldBeLessThanOrEqualTo(3, first.Text); // parent once, place-and-date once

        // No page without text; no page number on page 1; a centred page number at the top of every later page.
        pdf.Pages.ShouldAllBe(p => p.Lines.Count > 1, $"a blank page in {kind}");
        PageNumberLine(first).ShouldBeNull();
        foreach (var page in pdf.Pages.Skip(1))
            PageNumberLine(page).ShouldNotBeNull($"{kind}: no page number on page {page.Number}");

        // Number and symbol, the signer's position (without the agency) and name.
        var fields = DocumentTestData.Fields();
        var template = DocumentTestData.Store().Load(kind);
        var number = template.Number.Contains("Case.DecisionNumber", StringComparison.Ordinal) ? fields["Case.DecisionNumber"] : fields["Document.Number"];
        pdf.Text.ShouldContain("Số: " + number);
        if (template.Signature.Name.Contains("Signer.Name", StringComparison.Ordinal))
        {
            var last = pdf.Pages[^1].Text;
            last.ShouldContain("KT. CHÁNH THANH TRA");
            last.ShouldContain("PHÓ CHÁNH THANH TRA");
            last.ShouldContain("Võ Minh Châu");
        }
    }

    [LibreOfficeFact]
    public async Task Should_number_pages_from_page_two_in_a_long_document_and_leave_no_blank_page()
    {
        var fields = DocumentTestData.Fields();
        fields["Report.Findings"] = string.Join("\n", Enumerable.Range(1, 70).Select(i => $"{i}. Phát hiện số {i}: hồ sơ cuộc họp chưa được số hóa theo yêu cầu của Kế hoạch 534."));
        var pdf = await RenderedPdf.RenderAsync(Docx(DocumentKind.ResultsReport, fields));

        pdf.Pages.Count.ShouldBeGreaterThanOrEqualTo(3);
        pdf.Pages.ShouldAllBe(p => p.Lines.Count > 1);
        PageNumberLine(pdf.Pages[0]).ShouldBeNull();
        foreach (var page in pdf.Pages.Skip(1))
        {
            var line = PageNumberLine(page);
            line.ShouldNotBeNull($"page {page.Number}");
            Math.Abs((line.Left + line.Right) / 2 - TextCentre).ShouldBeLessThan(15, $"page {page.Number}: the number is centred");
        }
    }

    [LibreOfficeFact]
    public async Task Should_keep_the_symbol_when_the_number_is_left_blank()
    {
        var fields = DocumentTestData.Fields();
        fields["Document.Number"] = "      /BC-ĐTTr";
        var pdf = await RenderedPdf.RenderAsync(Docx(DocumentKind.ResultsReport, fields));
        pdf.Pages[0].Lines.ShouldContain(l => l.Text.Contains("Số:", StringComparison.Ordinal) && l.Text.Contains("/BC-ĐTTr", StringComparison.Ordinal));
    }

    [LibreOfficeFact]
    public async Task Should_end_the_last_legal_basis_with_a_full_stop()
    {
        var pdf = await RenderedPdf.RenderAsync(Docx(DocumentKind.InspectionDecision));
        var lines = pdf.Pages[0].Lines.Select(l => l.Text).ToList();
        var intro = lines.FindIndex(l => l == "QUYẾT ĐỊNH:");
        intro.ShouldBeGreaterThan(0, pdf.Text);
        lines[intro - 1].ShouldEndWith(".");
        lines.ShouldContain(l => l.StartsWith("Căn cứ Luật Thanh tra", StringComparison.Ordinal) && l.EndsWith(';'));
    }

    /// <summary>A line at the top of the page (above the top margin of 20 mm) holding only the page number.</summary>
    private static RenderedPdf.Line? PageNumberLine(RenderedPdf.Page page)
        => page.Lines.FirstOrDefault(l => l.Baseline > page.Height - 20 * MmToPt && l.Text == page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
