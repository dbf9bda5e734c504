using InspectionSuite.Documents;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Documents.Rendering;

/// <summary>The PDF a user downloads (?format=pdf), made by LibreOffice from a real case's .docx.</summary>
public sealed class CaseDocumentPdfTests(InspectionSuite.Application.Tests.Cases.CaseFixture fixture) : IClassFixture<InspectionSuite.Application.Tests.Cases.CaseFixture>
{
    [LibreOfficeFact]
    public async Task Should_give_the_pdf_of_a_case_document_with_its_number_and_signer()
    {
        var c = await fixture.NewCase(InspectionSuite.Cases.CaseKind.Inspection, "P01");
        var file = await fixture.RunAsAsync("inspector", sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<ICaseDocumentAppService>(sp).GeneratePdfAsync(c.Id, DocumentKind.InspectionDecision));

        file.ContentType.ShouldBe(GeneratedFile.PdfContentType);
        file.FileName.ShouldBe($"inspection-decision_{c.Code}.pdf");
        var pdf = RenderedPdf.Read(file.Content);
        pdf.Text.ShouldContain("Số: 01/QĐ-TTr");
        pdf.Pages[^1].Text.ShouldContain("Nguyễn Văn Chánh");
        pdf.Pages[0].Lines.ShouldContain(l => l.Text.Contains(DocxOfficialDocumentWriter.NationalTitle, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_say_pdf_is_unavailable_when_libreoffice_is_missing()
    {
        var c = await fixture.NewCase(InspectionSuite.Cases.CaseKind.Inspection, "P01");
        var error = await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("inspector", sp =>
            Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<InspectionSuite.Documents.CaseDocumentAppService>(sp,
                new LibreOfficePdfConverter("/nonexistent/soffice")).GeneratePdfAsync(c.Id, DocumentKind.InspectionDecision)));
        error.Code.ShouldBe(InspectionSuite.Documents.DocumentErrorCodes.PdfUnavailable);
    }
}
