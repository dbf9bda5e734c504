using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using InspectionSuite.Application.Tests.Documents.Rendering;
using InspectionSuite.Application.Tests.Planning;
using InspectionSuite.Documents;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace InspectionSuite.Application.Tests.Documents.Plans;

/// <summary>
/// Issue 16: the annual plan document (Kế hoạch thanh tra năm / Kế hoạch kiểm tra năm) made from an approved plan on a
/// real SQLite register: the selected units as a table, the plan's own symbol (KH-TTr / KH-SNV) from the register, the
/// approver's name under the body's head position, a draft marked and never numbered, the issued file frozen.
/// </summary>
public sealed class AnnualPlanDocumentTests(PlanningFixture fixture) : IClassFixture<PlanningFixture>
{
    private static readonly LibreOfficePdfConverter NoPdf = new("/nonexistent/soffice");

    private Task<T> Documents<T>(Func<IAnnualPlanDocumentAppService, Task<T>> work, string user = "supervisor", LibreOfficePdfConverter? pdf = null)
        => fixture.RunAsAsync(user, sp => work(ActivatorUtilities.CreateInstance<AnnualPlanDocumentAppService>(sp, pdf ?? NoPdf)));

    private static int TableRows(byte[] docx)
    {
        using var ms = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(ms, false);
        // The items table (the signature block is a borderless table too).
        return doc.MainDocumentPart!.Document!.Body!.Descendants<W.Table>().First(t => t.InnerText.StartsWith("STT", StringComparison.Ordinal)).Elements<W.TableRow>().Count();
    }

    [Fact]
    public async Task Should_issue_the_approved_plan_with_its_units_as_a_table_and_the_plans_own_number()
    {
        var plan = await fixture.ApprovedListPlanAsync(2033, 3); // Thanh tra tỉnh's hand-built list (issue 14)
        var selected = (await fixture.ItemsAsync(plan.Id)).Where(i => i.Selected).ToList();
        selected.Count.ShouldBeGreaterThan(0);

        var draft = await Documents(s => s.GenerateAsync(plan.Id, false));
        var draftText = DocumentTestData.Text(draft.Content);
        draftText.Split('\n')[0].ShouldBe(CaseDocumentFields.DraftMark);
        (await Documents(s => s.GetIssuedAsync(plan.Id))).ShouldBeNull();

        var issued = await Documents(s => s.IssueAsync(plan.Id));

        issued.NumberAndSymbol.ShouldEndWith("/KH-TTr");
        issued.Kind.ShouldBe("annual-plan");
        issued.CaseId.ShouldBeNull();
        var file = await Documents(s => s.GenerateAsync(plan.Id, false));
        Convert.ToHexString(SHA256.HashData(file.Content)).ToLowerInvariant().ShouldBe(issued.DocxSha256); // the file as issued
        file.FileName.ShouldBe("annual-plan_ThanhTra_2033.docx");
        var text = DocumentTestData.Text(file.Content);
        text.ShouldNotContain(CaseDocumentFields.DraftMark);
        text.ShouldContain("Số: " + issued.NumberAndSymbol);
        text.ShouldContain("KẾ HOẠCH");
        text.ShouldContain("Thanh tra năm 2033");
        text.ShouldContain("Căn cứ Luật Thanh tra số 84/2025/QH15;"); // templates/legal-bases.json
        text.ShouldContain("CHÁNH THANH TRA");
        text.ShouldContain("Nguyễn Văn Giám Sát"); // the approver signs
        foreach (var item in selected) text.ShouldContain(item.UnitName);
        TableRows(file.Content).ShouldBe(selected.Count + 1); // the header and one row per selected unit
        DocumentTestData.ValidationErrors(file.Content).ShouldBeEmpty();
        (await Documents(s => s.GetIssuedAsync(plan.Id)))!.Id.ShouldBe(issued.Id);

        (await Should.ThrowAsync<BusinessException>(() => Documents(s => s.IssueAsync(plan.Id)))).Code.ShouldBe(DocumentErrorCodes.DocumentAlreadyIssued);
        var correction = await Documents(s => s.IssueAsync(plan.Id, issued.Id));
        correction.Number.ShouldBeGreaterThan(issued.Number);
        DocumentTestData.Text((await Documents(s => s.GenerateAsync(plan.Id, false))).Content).ShouldContain("Số: " + correction.NumberAndSymbol);
    }

    [Fact]
    public async Task Should_issue_a_so_noi_vu_check_plan_with_its_symbol_and_refuse_a_plan_not_approved()
    {
        var draftPlan = await fixture.DrawAsync(await fixture.CreateAsync(AuthorityCode.NoiVu, 2034), "KH-2034");
        (await Should.ThrowAsync<BusinessException>(() => Documents(s => s.IssueAsync(draftPlan.Id)))).Code.ShouldBe(DocumentErrorCodes.PlanNotApproved);
        (await Documents(s => s.GetIssuedAsync(draftPlan.Id))).ShouldBeNull(); // nothing numbered
        // Issuing is the văn thư's / leadership's: an inspector is refused.
        var plan = await fixture.ApproveAsync(draftPlan);
        await Should.ThrowAsync<ForbiddenException>(() => Documents(s => s.IssueAsync(plan.Id), "inspector"));

        var issued = await Documents(s => s.IssueAsync(plan.Id));

        issued.NumberAndSymbol.ShouldEndWith("/KH-SNV");
        var text = DocumentTestData.Text((await Documents(s => s.GenerateAsync(plan.Id, false))).Content);
        text.ShouldContain("Kiểm tra năm 2034");
        text.ShouldContain("GIÁM ĐỐC");
        text.ShouldNotContain("Luật Thanh tra"); // a Sở Nội vụ check plan cites none of it
    }

    [LibreOfficeFact]
    public async Task Should_print_the_issued_plan_as_the_decree_lays_it_out()
    {
        var plan = await fixture.ApprovedListPlanAsync(2035, 3);
        var issued = await Documents(s => s.IssueAsync(plan.Id), pdf: LibreOffice.Converter);
        var pdf = RenderedPdf.Read((await Documents(s => s.GenerateAsync(plan.Id, true), pdf: LibreOffice.Converter)).Content);

        pdf.Pages[0].Lines.Count(l => l.Text.Contains(DocxOfficialDocumentWriter.NationalTitle, StringComparison.Ordinal)).ShouldBe(1);
        pdf.Text.ShouldContain("Số: " + issued.NumberAndSymbol);
        pdf.Pages[^1].Text.ShouldContain("Nguyễn Văn Giám Sát");
        pdf.Pages.ShouldAllBe(p => p.Lines.Count > 1);
    }
}
