using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Cases;
using InspectionSuite.Documents;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Documents.Register;

/// <summary>
/// Issue 16: a document issued through the register gives its number and date back to the case record it is of, so the
/// case page and later documents cite the number as registered; the Điều 52 record fills the recommendation letter; the
/// work plan's approval block is printed in upper case as Nghị định 30/2020 prints it.
/// </summary>
public sealed class RegisteredNumberTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private static readonly LibreOfficePdfConverter NoPdf = new("/nonexistent/soffice");

    private Task<T> Documents<T>(string user, Func<ICaseDocumentAppService, Task<T>> work)
        => fixture.RunAsAsync(user, sp => work(ActivatorUtilities.CreateInstance<CaseDocumentAppService>(sp, NoPdf)));

    private Task<T> Law<T>(string user, Func<ICaseLawAppService, Task<T>> work) => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<ICaseLawAppService>()));

    [Fact]
    public async Task Should_write_the_registered_decision_number_and_date_back_to_the_case()
    {
        var c = await fixture.NewCase(CaseKind.Inspection, "P01", withDecisionAndTeam: false);
        var recordedOn = fixture.Today.AddDays(-3);
        c = await fixture.Cases("supervisor", s => s.RecordDecisionAsync(c.Id, new RecordDecisionDto("7", recordedOn, CaseFixture.DecisionSigner(c.Authority), c.ConcurrencyStamp)));
        c = await fixture.WithDecisionAndTeam(c);
        c.Decision.Number.ShouldBe("01/QĐ-TTr"); // the fixture's recorded number, before issuing

        var issued = await Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.InspectionDecision));

        var after = await fixture.Get(c.Id);
        after.Decision.Number.ShouldBe(issued.NumberAndSymbol);
        after.Decision.Date.ShouldBe(issued.IssuedOn);
        after.Decision.Signer.ShouldBe(c.Decision.Signer); // only the number and date are the register's
        // A later document (the work plan, a draft) cites the decision as registered.
        var withPlan = await fixture.Cases("inspector", s => s.RecordWorkPlanAsync(c.Id, new RecordWorkPlanDto("Kế hoạch tiến hành.", after.ConcurrencyStamp)));
        DocumentTestData.Text((await Documents("inspector", s => s.GenerateAsync(c.Id, DocumentKind.CaseWorkPlan))).Content)
            .ShouldContain(issued.NumberAndSymbol);
    }

    [Fact]
    public async Task Should_not_give_a_number_to_a_record_the_case_does_not_keep()
    {
        var c = await fixture.NewCase(CaseKind.Inspection, "P01");
        c = await fixture.Cases("inspector", s => s.RecordWorkPlanAsync(c.Id, new RecordWorkPlanDto("Kế hoạch tiến hành.", c.ConcurrencyStamp)));
        var stamp = (await fixture.Get(c.Id)).ConcurrencyStamp;

        await Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.CaseWorkPlan)); // the work plan has no number on the case

        var after = await fixture.Get(c.Id);
        after.ConcurrencyStamp.ShouldBe(stamp); // the case did not change
        after.Decision.Number.ShouldBe("01/QĐ-TTr");
        CaseDocumentAppService.RegisteredRecordOf(DocumentKind.CaseWorkPlan).ShouldBeNull();
        CaseDocumentAppService.RegisteredRecordOf(DocumentKind.Minutes).ShouldBeNull();
        CaseDocumentAppService.RegisteredRecordOf(DocumentKind.CheckResultsNotice).ShouldBe(CaseRegisteredRecord.Conclusion);
    }

    [Fact]
    public async Task Should_fill_the_recommendation_letter_from_the_dieu_52_record()
    {
        var c = await fixture.CaseIn(CaseStates.Published);
        var letterOn = fixture.Today;
        c = await Law("leader", s => s.RecordRecommendationLetterAsync(c.Id,
            new RecordOfficialLetterDto("15", letterOn, "Kiến nghị Chủ tịch UBND tỉnh chỉ đạo thu hồi khoản chi sai quy định.", c.ConcurrencyStamp)));

        var fields = await fixture.RunAsAsync("inspector", async sp =>
        {
            var access = sp.GetRequiredService<CaseAccess>();
            var @case = await access.GetAsync(c.Id, InspectionSuite.Permissions.InspectionSuitePermissions.Cases.Default, default);
            var data = await sp.GetRequiredService<CaseDocumentDataLoader>().LoadAsync(@case, await sp.GetRequiredService<ICaseRepository>().GetPartiesAsync(@case),
                new DocumentOptions().For(@case.Authority), default);
            return CaseDocumentFields.Build(data, DocumentKind.RecommendationLetter);
        });

        fields["Document.Number"].ShouldBe("15/TTr"); // a công văn: the body's symbol only
        fields["Document.Date"].ShouldBe(OfficialText.ShortDate(letterOn));
        fields["Letter.Recommendations"].ShouldBe("Kiến nghị Chủ tịch UBND tỉnh chỉ đạo thu hồi khoản chi sai quy định.");
        CaseDocumentAppService.RegisteredRecordOf(DocumentKind.RecommendationLetter).ShouldBe(CaseRegisteredRecord.RecommendationLetter);
    }

    [Fact]
    public async Task Should_print_the_work_plan_approval_in_upper_case()
    {
        var c = await fixture.ApproveWorkPlan(await fixture.NewCase(CaseKind.Inspection, "P01"));
        var text = DocumentTestData.Text((await Documents("inspector", s => s.GenerateAsync(c.Id, DocumentKind.CaseWorkPlan))).Content);
        text.ShouldContain("ĐÃ PHÊ DUYỆT NGÀY " + OfficialText.ShortDate(c.WorkPlanApprovedOn!.Value));
        text.ShouldNotContain("Đã phê duyệt ngày", Case.Sensitive);
    }
}
