using Xunit;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using InspectionSuite.Documents;
using Shouldly;

namespace InspectionSuite.Application.Tests.Documents;

public sealed class OfficialDocumentTests
{
    private readonly DocumentTemplateStore _store = DocumentTestData.Store();
    private readonly DocumentTemplateRenderer _renderer = new();
    private readonly DocxOfficialDocumentWriter _writer = new();

    public static TheoryData<DocumentKind> Kinds() => new(Enum.GetValues<DocumentKind>());

    /// <summary>The kinds made from a case (the annual plan document is the plan's: no case decision, no unit in the header).</summary>
    public static TheoryData<DocumentKind> CaseKinds() => new(Enum.GetValues<DocumentKind>().Where(k => k != DocumentKind.AnnualPlan));

    private byte[] Generate(DocumentKind kind, Dictionary<string, string>? fields = null)
        => _writer.Write(_renderer.Render(_store.Load(kind), fields ?? DocumentTestData.Fields()));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Should_render_every_kind_from_its_template_without_validation_errors(DocumentKind kind)
    {
        var docx = Generate(kind);

        DocumentTestData.ValidationErrors(docx).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(CaseKinds))]
    public void Should_contain_number_unit_and_dates_with_diacritics_intact(DocumentKind kind)
    {
        var text = DocumentTestData.Text(Generate(kind));

        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        text.ShouldContain("UBND Đặc khu Lý Sơn");
        text.ShouldContain("THANH TRA TỈNH"); // issuing body or parent, upper-cased
        text.ShouldNotContain("THANH TRA TỈNH QUẢNG NGÃI", Case.Sensitive); // issue 16: the province is not repeated under "UBND TỈNH QUẢNG NGÃI"
        text.ShouldContain("27/QĐ-TTr");                // the case's decision number
        text.ShouldContain("Quảng Ngãi, ngày ");
        var mentionsOnSite = text.Contains("12/05/2026") || text.Contains("16/06/2026") || text.Contains("24/06/2026") || text.Contains("15/06/2026");
        mentionsOnSite.ShouldBeTrue();
    }

    [Fact]
    public void Should_lay_out_the_annual_plan_with_its_units_as_table_rows()
    {
        var paragraphs = DocumentTestData.Paragraphs(Generate(DocumentKind.AnnualPlan));

        paragraphs.ShouldContain("KẾ HOẠCH");
        paragraphs.ShouldContain("Thanh tra năm 2026");
        paragraphs.ShouldContain("Số: 08/BC-ĐTTr");
        paragraphs.ShouldContain("UBND Đặc khu Lý Sơn"); // a cell of the first row
        paragraphs.ShouldContain("Giám đốc Sở Tài chính"); // a cell of the second
        paragraphs.ShouldContain("Võ Minh Châu");
        TableRows.Parse(TableRows.Format([["1", "a\tb", "c\nd"]]), 4).ShouldHaveSingleItem().ShouldBe(["1", "a b", "c d", ""]); // plain text, padded
    }

    [Fact]
    public void Should_lay_out_an_inspection_decision_per_decree_30()
    {
        var docx = Generate(DocumentKind.InspectionDecision);
        var paragraphs = DocumentTestData.Paragraphs(docx);

        paragraphs.ShouldContain("UBND TỈNH QUẢNG NGÃI");
        paragraphs.ShouldContain("THANH TRA TỈNH"); // issue 16: under its parent, without repeating the province
        paragraphs.ShouldContain("Số: 27/QĐ-TTr");
        paragraphs.ShouldContain("Quảng Ngãi, ngày 05 tháng 5 năm 2026");
        paragraphs.ShouldContain("QUYẾT ĐỊNH");
        paragraphs.ShouldContain("CHÁNH THANH TRA TỈNH");
        paragraphs.ShouldContain("Căn cứ Luật Thanh tra số 84/2025/QH15;"); // from templates/legal-bases.json (issue 14), not the repealed 11/2022
        paragraphs.ShouldContain("Căn cứ Nghị định số 216/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Thanh tra;");
        paragraphs.ShouldNotContain(p => p.Contains("11/2022") || p.Contains("43/2023"));
        paragraphs.ShouldContain("QUYẾT ĐỊNH:");
        paragraphs.ShouldContain("Nơi nhận:");
        paragraphs.ShouldContain("- Như Điều 3;");
        paragraphs.ShouldContain("KT. CHÁNH THANH TRA");
        paragraphs.ShouldContain("PHÓ CHÁNH THANH TRA");
        paragraphs.ShouldContain("Võ Minh Châu");
        paragraphs.ShouldContain("- Phạm Ngọc Ánh - Thành viên.");
        paragraphs.ShouldContain(p => p.StartsWith("Điều 1. Thanh tra trách nhiệm"));

        using var ms = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(ms, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var section = body.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        ((uint)size.Width!).ShouldBe(11906u);   // A4 210 mm
        ((uint)size.Height!).ShouldBe(16838u);  // A4 297 mm
        var margin = section.GetFirstChild<PageMargin>()!;
        Mm((int)margin.Top!.Value).ShouldBeInRange(20, 25);
        Mm((int)margin.Bottom!.Value).ShouldBeInRange(20, 25);
        Mm((int)margin.Left!.Value).ShouldBeInRange(30, 35);
        Mm((int)margin.Right!.Value).ShouldBeInRange(15, 20);

        var defaults = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        defaults.RunFonts!.Ascii!.Value.ShouldBe("Times New Roman");
        int.Parse(defaults.FontSize!.Val!.Value!).ShouldBeInRange(26, 28);

        // Header: a borderless two-column table; the motto bold with a short rule under it (issue 16: a rule of the
        // motto's length, a bottom border on its paragraph, not underlined text), and a short rule under the trích yếu.
        var header = body.Elements<Table>().First();
        header.GetFirstChild<TableProperties>()!.TableBorders!.TopBorder!.Val!.Value.ShouldBe(BorderValues.Nil);
        header.Elements<TableGrid>().Single().Elements<GridColumn>().Count().ShouldBe(2);
        var motto = RunWith(body, "Độc lập - Tự do - Hạnh phúc");
        motto.RunProperties!.Bold.ShouldNotBeNull();
        motto.RunProperties.Underline.ShouldBeNull();
        var mottoRule = ((Paragraph)motto.Parent!).ElementsAfter().OfType<Paragraph>().First();
        mottoRule.InnerText.ShouldBeEmpty();
        mottoRule.ParagraphProperties!.ParagraphBorders!.BottomBorder!.Val!.Value.ShouldBe(BorderValues.Single);
        var abstractParagraph = (Paragraph)RunWith(body, "Thanh tra trách nhiệm của người đứng đầu trong thực hiện Kế hoạch số 534 tại UBND Đặc khu Lý Sơn").Parent!;
        var rule = abstractParagraph.ElementsAfter().OfType<Paragraph>().First();
        rule.InnerText.ShouldBeEmpty();
        rule.ParagraphProperties!.ParagraphBorders!.BottomBorder!.Val!.Value.ShouldBe(BorderValues.Single);
        int.Parse(rule.ParagraphProperties.Indentation!.Left!.Value!).ShouldBeGreaterThan(2000); // short, centred
        // Page numbers from page 2: a different (empty) first-page header and a PAGE field in the default one.
        var sectionProperties = body.Elements<SectionProperties>().Single();
        sectionProperties.GetFirstChild<TitlePage>().ShouldNotBeNull();
        var headers = doc.MainDocumentPart.HeaderParts.ToList();
        headers.Count(h => h.Header!.Descendants<FieldCode>().Any(f => f.Text.Contains("PAGE"))).ShouldBe(1);
        RunWith(body, "Quảng Ngãi, ngày 05 tháng 5 năm 2026").RunProperties!.Italic.ShouldNotBeNull();
        RunWith(body, "Căn cứ Luật Thanh tra số 84/2025/QH15;").RunProperties!.Italic.ShouldNotBeNull();
        var title = RunWith(body, "QUYẾT ĐỊNH");
        title.RunProperties!.Bold.ShouldNotBeNull();
        ((Paragraph)title.Parent!).ParagraphProperties!.Justification!.Val!.Value.ShouldBe(JustificationValues.Center);
        var recipientsLabel = RunWith(body, "Nơi nhận:");
        recipientsLabel.RunProperties!.Bold.ShouldNotBeNull();
        recipientsLabel.RunProperties.Italic.ShouldNotBeNull();
        recipientsLabel.RunProperties.FontSize!.Val!.Value.ShouldBe("24");
        RunWith(body, "- Như Điều 3;").RunProperties!.FontSize!.Val!.Value.ShouldBe("22");
        RunWith(body, "PHÓ CHÁNH THANH TRA").RunProperties!.Bold.ShouldNotBeNull();
    }

    [Fact]
    public void Should_write_leading_zeros_for_small_days_and_for_january_and_february()
    {
        OfficialText.PlaceAndDate("Quảng Ngãi", new DateOnly(2026, 2, 3)).ShouldBe("Quảng Ngãi, ngày 03 tháng 02 năm 2026");
        OfficialText.PlaceAndDate("Quảng Ngãi", new DateOnly(2026, 12, 15)).ShouldBe("Quảng Ngãi, ngày 15 tháng 12 năm 2026");
        OfficialText.PlaceAndDate("Lý Sơn", null).ShouldStartWith("Lý Sơn, ngày ");
    }

    [Fact]
    public void Should_name_every_missing_field()
    {
        var fields = DocumentTestData.Fields();
        fields.Remove("Case.DecisionNumber");
        fields.Remove("Unit.Name");
        fields.Remove("Signer.Name");
        fields.Remove("Case.PlannedOnSiteStart");

        var error = Should.Throw<BusinessException>(() => _renderer.Render(_store.Load(DocumentKind.InspectionDecision), fields));

        error.Code.ShouldBe(DocumentErrorCodes.TemplateFieldsMissing);
        error.Errors.Keys.ShouldBe(["Case.DecisionNumber", "Unit.Name", "Case.PlannedOnSiteStart", "Signer.Name"], ignoreOrder: true);
        var listed = error.Args[1]!.ToString()!;
        foreach (var name in error.Errors.Keys) listed.ShouldContain(name);
        error.Args[0].ShouldBe("Quyết định thanh tra");
    }

    [Fact]
    public void Should_keep_markup_in_values_as_literal_text()
    {
        var payloads = new[]
        {
            "<script>alert('x')</script>",
            "</w:t></w:r><w:r><w:t>injected",
            "{{Signer.Name}}",
            "a & b \"quoted\" <b>bold</b>",
        };
        var fields = DocumentTestData.Fields();
        fields["Unit.Name"] = string.Join(" ", payloads);
        fields["Case.Subject"] = "nội dung\u0001 có ký tự điều khiển";

        var docx = Generate(DocumentKind.CheckDecision, fields);

        DocumentTestData.ValidationErrors(docx).ShouldBeEmpty();
        var text = DocumentTestData.Text(docx);
        foreach (var payload in payloads) text.ShouldContain(payload);
        text.ShouldContain("nội dung có ký tự điều khiển");
        text.ShouldNotContain("injected</w:t>");
    }

    [Fact]
    public void Should_refuse_a_date_that_is_not_a_date()
    {
        var fields = DocumentTestData.Fields();
        fields["Case.DecisionDate"] = "ngày mai";

        var error = Should.Throw<BusinessException>(() => _renderer.Render(_store.Load(DocumentKind.InspectionDecision), fields));

        error.Code.ShouldBe(DocumentErrorCodes.FieldValueInvalid);
        error.Args[0].ShouldBe("Case.DecisionDate");
    }

    [Fact]
    public void Should_leave_the_date_blank_for_signing_when_empty()
    {
        var fields = DocumentTestData.Fields();
        fields["Case.DecisionDate"] = "";

        var model = _renderer.Render(_store.Load(DocumentKind.InspectionDecision), fields);

        model.Date.ShouldBeNull();
        DocumentTestData.ValidationErrors(_writer.Write(model)).ShouldBeEmpty();
    }

    [Fact]
    public void Should_drop_an_authority_prefix_that_is_empty()
    {
        var fields = DocumentTestData.Fields();
        fields["Signer.AuthorityPrefix"] = "";
        fields["Signer.Position"] = "Chánh Thanh tra";

        var paragraphs = DocumentTestData.Paragraphs(Generate(DocumentKind.InspectionConclusion, fields));

        paragraphs.ShouldContain("CHÁNH THANH TRA");
        paragraphs.ShouldNotContain("KT. CHÁNH THANH TRA");
    }

    [Fact]
    public void Should_load_a_template_an_admin_replaced()
    {
        var dir = Directory.CreateTempSubdirectory("templates-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, DocumentTemplateStore.FileName(DocumentKind.Minutes)), """
                { "name": "Biên bản riêng", "issuingBody": "{{Authority.Name}}", "place": "Lý Sơn", "title": "Biên bản làm việc",
                  "sections": [ { "blocks": [ { "text": "Làm việc với {{Unit.Name}}." } ] } ],
                  "signature": { "position": "Người lập", "name": "{{Team.Leader}}" } }
                """);
            var store = new DocumentTemplateStore(dir.FullName);

            var template = store.Load(DocumentKind.Minutes);
            template.Fields.ShouldBe(["Authority.Name", "Unit.Name", "Team.Leader"]);
            var text = DocumentTestData.Text(_writer.Write(_renderer.Render(template, DocumentTestData.Fields())));
            text.ShouldContain("BIÊN BẢN LÀM VIỆC");
            text.ShouldContain("Làm việc với UBND Đặc khu Lý Sơn.");

            Should.Throw<BusinessException>(() => store.Load(DocumentKind.CheckDecision)).Code.ShouldBe(DocumentErrorCodes.TemplateNotFound);

            // Parsed templates are kept, but a file replaced again (while the app runs) is read again at the next document.
            store.Load(DocumentKind.Minutes).ShouldBeSameAs(template);
            var path = Path.Combine(dir.FullName, DocumentTemplateStore.FileName(DocumentKind.Minutes));
            File.WriteAllText(path, File.ReadAllText(path).Replace("Biên bản riêng", "Biên bản sửa lại").Replace("{{Team.Leader}}", "{{Case.Code}}"));
            File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(1)); // same second on a coarse clock still counts
            var replaced = store.Load(DocumentKind.Minutes);
            replaced.Name.ShouldBe("Biên bản sửa lại");
            replaced.Fields.ShouldBe(["Authority.Name", "Unit.Name", "Case.Code"]);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void Should_report_where_a_broken_template_is_broken()
    {
        var error = Should.Throw<BusinessException>(() => DocumentTemplate.Parse("""{ "issuingBody": "X", "title": [1] }""", "broken.json"));

        error.Code.ShouldBe(DocumentErrorCodes.TemplateInvalid);
        error.Args[0].ShouldBe("broken.json");
        error.Args[1]!.ToString()!.ShouldContain("title");
    }

    [Fact]
    public void Should_have_vietnamese_and_english_texts_for_every_document_error()
    {
        // Reads the source files: the embedded-resource path is covered by the localizer's own tests.
        var codes = typeof(DocumentErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        codes.ShouldAllBe(c => c.StartsWith("Inspection:07"));
        foreach (var culture in new[] { "vi", "en" })
        {
            var path = Path.Combine(DocumentTestData.RepositoryRoot, "src", "InspectionSuite.Domain.Shared", "Localization", $"documents.{culture}.json");
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
            json.RootElement.GetProperty("culture").GetString().ShouldBe(culture);
            var texts = json.RootElement.GetProperty("texts");
            foreach (var code in codes)
                texts.TryGetProperty(code, out var text).ShouldBeTrue($"{code} has no {culture} text");
        }
    }

    [Fact]
    public void Should_put_both_signatures_on_minutes_and_no_recipients_block()
    {
        var paragraphs = DocumentTestData.Paragraphs(Generate(DocumentKind.Minutes));

        paragraphs.ShouldNotContain("Nơi nhận:");
        paragraphs.ShouldContain("ĐẠI DIỆN ĐƠN VỊ");
        paragraphs.ShouldContain("CHỦ TỊCH UBND ĐẶC KHU");
        paragraphs.ShouldContain("Trần Văn Đức");
        paragraphs.ShouldContain("ĐẠI DIỆN ĐOÀN");
        paragraphs.ShouldContain("TRƯỞNG ĐOÀN");
        paragraphs.ShouldContain("Nguyễn Thị Hồng Nhung");
    }

    [Fact]
    public void Should_compose_decomposed_vietnamese_text()
    {
        var fields = DocumentTestData.Fields();
        fields["Unit.Name"] = "Đặc khu Lý Sơn".Normalize(System.Text.NormalizationForm.FormD);

        var text = DocumentTestData.Text(Generate(DocumentKind.CheckDecision, fields));

        text.ShouldContain("Đặc khu Lý Sơn");
    }

    [Fact]
    public async Task Should_generate_a_document_in_one_call()
    {
        var generator = new OfficialDocumentGenerator(_store, _renderer, _writer);

        var docx = await generator.GenerateAsync(DocumentKind.ExtensionDecision, DocumentTestData.Fields(), CancellationToken.None);

        DocumentTestData.ValidationErrors(docx).ShouldBeEmpty();
        DocumentTestData.Text(docx).ShouldContain("thêm 10 ngày làm việc, từ ngày 24/06/2026 đến ngày 07/07/2026");
    }

    private static int Mm(int twips) => (int)Math.Round(twips / 56.7);

    private static Run RunWith(Body body, string text)
        => body.Descendants<Run>().First(r => r.InnerText == text);
}
