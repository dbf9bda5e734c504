using DocumentFormat.OpenXml.Packaging;
using InspectionSuite.Documents;
using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Cases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Documents.Integration;

/// <summary>Case documents generated from real cases in a real SQLite database, through the app service.</summary>
public sealed class CaseDocumentIntegrationTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private const string Xss = "<script>alert(1)</script> & \"chi sai\" <b>đậm</b>";

    private Task<GeneratedFile> Generate(Guid id, DocumentKind kind, string user = "inspector")
        => fixture.RunAsAsync(user, sp => sp.GetRequiredService<ICaseDocumentAppService>().GenerateAsync(id, kind));

    private Task<IReadOnlyList<CaseDocumentAvailabilityDto>> Available(Guid id, string user = "inspector")
        => fixture.RunAsAsync(user, sp => sp.GetRequiredService<ICaseDocumentAppService>().GetAvailableAsync(id));

    [Fact]
    public async Task Should_generate_every_inspection_document_valid_with_the_cases_number_unit_and_dates()
    {
        var c = await DocumentScenario.InspectionInConcluding(fixture, "P01", Xss);
        var date = OfficialText.ShortDate(fixture.Today);
        var kinds = (await Available(c.Id)).ToList();
        kinds.Select(k => k.Kind).ShouldBe(
        [
            DocumentKind.InspectionDecision, DocumentKind.CaseWorkPlan, DocumentKind.Minutes, DocumentKind.ResultsReport,
            DocumentKind.ExtensionDecision, DocumentKind.SuspensionDecision, DocumentKind.TeamChangeDecision, DocumentKind.InspectionConclusion,
            DocumentKind.AnnouncementMinutes, DocumentKind.RecommendationLetter, // issue 16: the missing kinds
        ]);
        // The văn bản kiến nghị (Điều 52) follows the signed conclusion; every other kind is there in Concluding.
        kinds.Single(k => k.Kind == DocumentKind.RecommendationLetter).MissingFields.ShouldContain("Case.ConclusionNumber");
        // The decision changing the team follows a team change (issue 16): this case's team never changed.
        kinds.Single(k => k.Kind == DocumentKind.TeamChangeDecision).MissingFields.ShouldContain("TeamChange.Lines");
        kinds = kinds.Where(k => k.Kind is not (DocumentKind.RecommendationLetter or DocumentKind.TeamChangeDecision)).ToList();
        kinds.ShouldAllBe(k => k.Available, string.Join("; ", kinds.Where(k => !k.Available).Select(k => $"{k.Kind}: {string.Join(",", k.MissingFields)}")));

        foreach (var kind in kinds.Select(k => k.Kind))
        {
            var file = await Generate(c.Id, kind);
            file.ContentType.ShouldBe(GeneratedFile.DocxContentType);
            file.FileName.ShouldBe($"{Path.GetFileNameWithoutExtension(InspectionSuite.Documents.DocumentTemplateStore.FileName(kind))}_{c.Code}.docx");
            file.FileName.ShouldAllBe(ch => ch < 128);
            DocumentTestData.ValidationErrors(file.Content).ShouldBeEmpty(kind.ToString());
            var text = DocumentTestData.Text(file.Content);
            text.ShouldContain("01/QĐ-TTr", customMessage: kind.ToString());
            text.ShouldContain("Phường Cẩm Thành", customMessage: kind.ToString());
            text.ShouldContain(date, customMessage: kind.ToString());
        }

        var decision = DocumentTestData.Text((await Generate(c.Id, DocumentKind.InspectionDecision)).Content);
        decision.ShouldContain("Thanh tra " + InspectionSuite.Documents.CaseDocumentFields.SubjectPhrase(c.Subject) + " tại phường Cẩm Thành"); // issue 16: the kind of a ward is lower case mid-sentence // "vụ việc thử ..." with its diacritics
        decision.ShouldContain("Trần Thị Thanh Tra - Trưởng đoàn");
        decision.ShouldContain("- Lê Văn Kiểm - Thành viên;");
        decision.ShouldContain("45 ngày làm việc"); // the thanh tra definition's on-site limit
        DocumentTestData.Text((await Generate(c.Id, DocumentKind.CaseWorkPlan)).Content).ShouldContain(DocumentScenario.WorkPlanText);
        DocumentTestData.Text((await Generate(c.Id, DocumentKind.ExtensionDecision)).Content).ShouldContain("12/QĐ-GH");
        var suspension = DocumentTestData.Text((await Generate(c.Id, DocumentKind.SuspensionDecision)).Content);
        suspension.ShouldContain("bão lũ, chia cắt giao thông");
        suspension.ShouldContain(OfficialText.ShortDate(fixture.Today.AddDays(2)));
        var report = DocumentTestData.Text((await Generate(c.Id, DocumentKind.ResultsReport)).Content);
        report.ShouldContain(DocumentScenario.ResultsText);
        report.ShouldContain("12.000.000 đồng");
        DocumentTestData.Text((await Generate(c.Id, DocumentKind.InspectionConclusion)).Content).ShouldContain(DocumentScenario.DraftText);
    }

    [Theory]
    [InlineData("Thanh tra trách nhiệm người đứng đầu", "trách nhiệm người đứng đầu")]
    [InlineData("kiểm tra công tác cải cách hành chính", "công tác cải cách hành chính")]
    [InlineData("Công tác số hóa", "công tác số hóa")]
    [InlineData("UBND phường trong thực hiện Kế hoạch 534", "UBND phường trong thực hiện Kế hoạch 534")]
    public void Should_turn_the_subject_into_a_phrase_after_the_kind(string subject, string phrase)
        => InspectionSuite.Documents.CaseDocumentFields.SubjectPhrase(subject).ShouldBe(phrase);

    [Fact]
    public async Task Should_keep_markup_in_a_finding_as_literal_text()
    {
        var c = await DocumentScenario.InspectionInConcluding(fixture, "P01", Xss, amount: null);
        var file = await Generate(c.Id, DocumentKind.ResultsReport);
        DocumentTestData.ValidationErrors(file.Content).ShouldBeEmpty();
        DocumentTestData.Text(file.Content).ShouldContain(Xss);
        using var ms = new MemoryStream(file.Content);
        using var doc = WordprocessingDocument.Open(ms, false);
        using var reader = new StreamReader(doc.MainDocumentPart!.GetStream());
        var xml = await reader.ReadToEndAsync();
        xml.ShouldNotContain("<script>");
        xml.ShouldNotContain("<b>");
        xml.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public async Task Should_generate_the_check_decision_and_results_notice_for_a_check()
    {
        var c = await DocumentScenario.CheckInConcluding(fixture, "P01", new Dictionary<string, (CheckResult, string)> { ["KH534-02"] = (CheckResult.NotMet, "42% trực tuyến") });
        c = await DocumentScenario.ConcludeAndSanction(fixture, c, "03/TB-SNV");
        var available = await Available(c.Id);
        available.Select(k => k.Kind).ShouldContain(DocumentKind.CheckDecision);
        available.Select(k => k.Kind).ShouldContain(DocumentKind.CheckResultsNotice);
        available.Select(k => k.Kind).ShouldNotContain(DocumentKind.InspectionConclusion);
        foreach (var kind in new[] { DocumentKind.CheckDecision, DocumentKind.CheckResultsNotice })
        {
            var file = await Generate(c.Id, kind);
            DocumentTestData.ValidationErrors(file.Content).ShouldBeEmpty(kind.ToString());
            var text = DocumentTestData.Text(file.Content);
            text.ShouldContain("Phường Cẩm Thành");
            text.ShouldContain("01/QĐ-TTr");
            text.ShouldContain("SỞ NỘI VỤ");
        }
        var notice = DocumentTestData.Text((await Generate(c.Id, DocumentKind.CheckResultsNotice)).Content);
        notice.ShouldContain("03/TB-SNV");
        notice.ShouldContain("Kết luận: đơn vị thực hiện cơ bản đúng quy định.");

        var refused = await Should.ThrowAsync<BusinessException>(() => Generate(c.Id, DocumentKind.InspectionConclusion));
        refused.Code.ShouldBe(DocumentErrorCodes.DocumentNotApplicable);
    }

    [Fact]
    public async Task Should_refuse_with_the_missing_fields_when_the_case_lacks_data()
    {
        var bare = await fixture.NewCase(CaseKind.Inspection, "P01", withDecisionAndTeam: false);
        var error = await Should.ThrowAsync<BusinessException>(() => Generate(bare.Id, DocumentKind.InspectionDecision, "supervisor"));
        error.Code.ShouldBe(DocumentErrorCodes.TemplateFieldsMissing);
        error.Errors.Keys.ShouldBe(["Case.DecisionNumber", "Case.DecisionDate", "Case.PlannedOnSiteStart", "Case.PlannedOnSiteEnd", "Team.Leader", "Team.Members", "Signer.AuthorityPrefix", "Signer.Position", "Signer.Name"], ignoreOrder: true);
        error.Args[1]!.ToString()!.ShouldContain("Case.DecisionNumber");

        var decided = await fixture.NewCase(CaseKind.Inspection, "P01");
        var kinds = await Available(decided.Id);
        kinds.Single(k => k.Kind == DocumentKind.InspectionDecision).Available.ShouldBeTrue();
        kinds.Single(k => k.Kind == DocumentKind.CaseWorkPlan).MissingFields.ShouldBe(["Plan.Content"]);
        kinds.Single(k => k.Kind == DocumentKind.Minutes).MissingFields.ShouldContain("Minutes.Content");
        kinds.Single(k => k.Kind == DocumentKind.ExtensionDecision).MissingFields.ShouldContain("Extension.Days");
        kinds.Single(k => k.Kind == DocumentKind.ResultsReport).MissingFields.ShouldContain("Report.Assessment");
        var minutes = await Should.ThrowAsync<BusinessException>(() => Generate(decided.Id, DocumentKind.Minutes));
        minutes.Errors.Keys.ShouldContain("Minutes.Content");
    }

    [Fact]
    public async Task Should_not_let_a_user_who_cannot_see_the_case_download_its_documents()
    {
        var other = await fixture.OtherUnitIdAsync();
        var otherCode = await fixture.RunAsAsync("admin", async sp =>
        {
            var units = sp.GetRequiredService<IRepository<InspectionSuite.Organization.Unit>>();
            return (await units.FirstOrDefaultAsync(units.Query().Where(u => u.Id == other).Select(u => u.Code)))!;
        });
        var c = await fixture.NewCase(CaseKind.Inspection, otherCode, withSecondInspector: false);
        await Should.ThrowAsync<EntityNotFoundException>(() => Generate(c.Id, DocumentKind.InspectionDecision, "unitrep"));
        await Should.ThrowAsync<EntityNotFoundException>(() => Available(c.Id, "unitrep"));
        await Should.ThrowAsync<EntityNotFoundException>(() => Generate(c.Id, DocumentKind.InspectionDecision, "inspector2"));
        (await Generate(c.Id, DocumentKind.InspectionDecision, "inspector")).Content.Length.ShouldBeGreaterThan(0);
        (await Generate(c.Id, DocumentKind.InspectionDecision, "leader")).Content.Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_use_a_replaced_template_file_from_the_configured_directory()
    {
        var dir = Path.Combine(fixture.Directory, "templates");
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.GetFiles(DocumentTestData.TemplatesDirectory, "*.json")) File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        var path = Path.Combine(dir, "inspection-decision.json");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("\"QUYẾT ĐỊNH\"", "\"QUYẾT ĐỊNH (MẪU CỦA TỈNH)\""));
        var options = DocumentOptions.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Documents:TemplateDirectory"] = dir, ["Documents:Authorities:ThanhTra:Name"] = "Thanh tra tỉnh Thử", ["Documents:Authorities:ThanhTra:HeaderName"] = "Thanh tra tỉnh Thử" }).Build());
        options.TemplateDirectory.ShouldBe(Path.GetFullPath(dir));
        var c = await fixture.NewCase(CaseKind.Inspection, "P01");
        var bytes = await fixture.RunAsAsync("inspector", async sp =>
        {
            var service = ActivatorUtilities.CreateInstance<InspectionSuite.Documents.CaseDocumentAppService>(sp, options,
                new InspectionSuite.Documents.DocumentTemplateStore(options.TemplateDirectory),
                new InspectionSuite.Documents.OfficialDocumentGenerator(new InspectionSuite.Documents.DocumentTemplateStore(options.TemplateDirectory),
                    new InspectionSuite.Documents.DocumentTemplateRenderer(), new InspectionSuite.Documents.DocxOfficialDocumentWriter()));
            return (await service.GenerateAsync(c.Id, DocumentKind.InspectionDecision)).Content;
        });
        var text = DocumentTestData.Text(bytes);
        text.ShouldContain("QUYẾT ĐỊNH (MẪU CỦA TỈNH)");
        text.ShouldContain("THANH TRA TỈNH THỬ");
    }
}
