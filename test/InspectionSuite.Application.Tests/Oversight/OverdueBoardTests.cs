using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Cases;
using InspectionSuite.Oversight;
using InspectionSuite.Oversight.Overdue;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Oversight;

/// <summary>Issue 18: the overdue board covers deadlines, sanctions and recommendations past due and unit answers past due, one source per kind.</summary>
public sealed class OverdueBoardTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private Task<OverdueBoardPage> Board(string? kind = null, string user = "supervisor")
        => fixture.RunAsAsync(user, sp => sp.GetRequiredService<IOverdueBoardAppService>().GetEntriesAsync(new GetOverdueEntriesInput { Kind = kind, MaxResultCount = 500 }));

    [Fact]
    public void Should_register_one_source_per_kind()
    {
        using var scope = fixture.Services.CreateScope();
        scope.ServiceProvider.GetServices<IOverdueSource>().Select(s => s.GetType()).ShouldBe(
            [typeof(DeadlineOverdueSource), typeof(SanctionOverdueSource), typeof(UnitReportOverdueSource),
                typeof(KpiReportOverdueSource), typeof(KpiResubmissionOverdueSource), typeof(UnitPlanOverdueSource), typeof(LawDeadlineOverdueSource)], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_list_unit_answers_sanctions_recommendations_and_deadlines_once_past_due_and_not_before()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IDocumentRequestAppService>()
            .CreateAsync(c.Id, new CreateDocumentRequestDto("Sổ sách kế toán quý I", null, fixture.Today.AddDays(2), c.ConcurrencyStamp)));

        (await Board(OverdueKinds.UnitReport)).Items.ShouldNotContain(i => i.CaseId == c.Id); // not yet due

        fixture.Clock.Advance(TimeSpan.FromDays(3));
        var late = (await Board(OverdueKinds.UnitReport)).Items.Single(i => i.CaseId == c.Id);
        late.What.ShouldContain("Sổ sách kế toán quý I");
        late.CaseCode.ShouldBe(c.Code);
        late.DaysOverdue.ShouldBe(1);

        // Answered: no longer the unit's delay.
        var request = (await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IDocumentRequestAppService>().GetListAsync(c.Id))).Items.Single();
        await fixture.RunAsAsync("unitrep", sp => sp.GetRequiredService<IDocumentRequestAppService>()
            .AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput("Đã gửi", [], c.ConcurrencyStamp)));
        (await Board(OverdueKinds.UnitReport)).Items.ShouldNotContain(i => i.CaseId == c.Id);
    }

    [Fact]
    public async Task Should_list_a_sanction_and_a_recommendation_past_their_deadline_under_their_own_kinds_with_a_count_each()
    {
        var c = await fixture.CaseIn(CaseStates.Sanctioning);
        await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<ISanctionAppService>()
            .IssueAsync(c.Id, new IssueSanctionDto(SanctionType.Recovery, "Kế toán đơn vị", 12_000_000m, fixture.Today.AddDays(5), "Thủ trưởng", c.ConcurrencyStamp)));
        var stamp = (await fixture.Get(c.Id)).ConcurrencyStamp;
        await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<ISanctionAppService>()
            .IssueAsync(c.Id, new IssueSanctionDto(SanctionType.CorrectiveRecommendation, "Chấn chỉnh công tác lưu trữ", null, fixture.Today.AddDays(5), "Văn phòng", stamp)));
        var before = await Board();
        before.Items.ShouldNotContain(i => i.CaseId == c.Id && (i.Kind == OverdueKinds.Sanction || i.Kind == OverdueKinds.Recommendation));

        fixture.Clock.Advance(TimeSpan.FromDays(6));
        var all = await Board();
        // Read under their kind: the units' missing KPI reports (issue 15) fall due earlier and fill the first page.
        (await Board(OverdueKinds.Sanction)).Items.Single(i => i.CaseId == c.Id).Who.ShouldBe("Thủ trưởng");
        (await Board(OverdueKinds.Recommendation)).Items.Single(i => i.CaseId == c.Id).What.ShouldContain("Chấn chỉnh công tác lưu trữ");
        all.CountByKind[OverdueKinds.Sanction].ShouldBeGreaterThanOrEqualTo(1);
        all.CountByKind[OverdueKinds.Recommendation].ShouldBeGreaterThanOrEqualTo(1);
        all.TotalCount.ShouldBe(all.CountByKind.Values.Sum());
        all.Items.Select(i => i.DueDate).ShouldBeInOrder();

        var onlyRecommendations = await Board(OverdueKinds.Recommendation);
        onlyRecommendations.Items.ShouldAllBe(i => i.Kind == OverdueKinds.Recommendation);
        onlyRecommendations.TotalCount.ShouldBe(all.CountByKind[OverdueKinds.Recommendation]);
    }

    [Fact]
    public async Task Should_list_a_workflow_deadline_that_expired_while_the_case_stays_in_its_state()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite, CaseKind.Check);
        fixture.Clock.Advance(TimeSpan.FromDays(50)); // > 3 working days of a check's visit
        var entry = (await Board(OverdueKinds.Deadline)).Items.Where(i => i.CaseId == c.Id).ShouldHaveSingleItem();
        entry.DueDate.ShouldBeLessThan(fixture.Today);
        entry.What.ShouldNotContain("OnSiteEnds"); // the deadline's name in words, not its code
    }

    [Fact]
    public async Task Should_list_the_article_52_letter_and_the_article_53_direction_once_past_due_and_drop_each_once_recorded()
    {
        var c = await fixture.CaseIn(CaseStates.Published);
        var letterDue = c.Deadlines.RecommendationLetterDue!.Value;
        (await Board(OverdueKinds.RecommendationLetter)).Items.ShouldNotContain(i => i.CaseId == c.Id); // not yet due

        fixture.Clock.Advance(TimeSpan.FromDays(letterDue.DayNumber - fixture.Today.DayNumber + 1));
        var letter = (await Board(OverdueKinds.RecommendationLetter)).Items.Where(i => i.CaseId == c.Id).ShouldHaveSingleItem();
        letter.DueDate.ShouldBe(letterDue);
        letter.DaysOverdue.ShouldBe(1);
        letter.CaseCode.ShouldBe(c.Code);
        letter.What.ShouldContain("52");
        var all = await Board();
        all.CountByKind[OverdueKinds.RecommendationLetter].ShouldBe((await Board(OverdueKinds.RecommendationLetter)).TotalCount);
        all.CountByKind.ShouldNotContainKey(OverdueKinds.Direction); // no letter, so no direction is owed yet

        // Recorded (late): off the board; the direction's limit counts from the letter.
        c = await fixture.Get(c.Id);
        c = await Law("leader", s => s.RecordRecommendationLetterAsync(c.Id, new RecordOfficialLetterDto("15/VB-TTr", fixture.Today, "Kiến nghị.", c.ConcurrencyStamp)));
        (await Board(OverdueKinds.RecommendationLetter)).Items.ShouldNotContain(i => i.CaseId == c.Id);
        var directionDue = c.Deadlines.DirectionDue!.Value;
        fixture.Clock.Advance(TimeSpan.FromDays(directionDue.DayNumber - fixture.Today.DayNumber));
        (await Board(OverdueKinds.Direction)).Items.ShouldNotContain(i => i.CaseId == c.Id); // the last day is still in time

        fixture.Clock.Advance(TimeSpan.FromDays(1));
        var direction = (await Board(OverdueKinds.Direction)).Items.Where(i => i.CaseId == c.Id).ShouldHaveSingleItem();
        direction.DueDate.ShouldBe(directionDue);
        direction.What.ShouldContain("15/VB-TTr");
        direction.What.ShouldContain("53");

        c = await fixture.Get(c.Id);
        await Law("inspector", s => s.RecordDirectionAsync(c.Id, new RecordOfficialLetterDto("01/CĐ-UBND", fixture.Today, "Giao Sở Tài chính xử lý.", c.ConcurrencyStamp)));
        (await Board(OverdueKinds.Direction)).Items.ShouldNotContain(i => i.CaseId == c.Id);
    }

    private Task<T> Law<T>(string user, Func<ICaseLawAppService, Task<T>> work) => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<ICaseLawAppService>()));

    [Fact]
    public async Task Should_refuse_the_board_to_an_inspector()
        => await Should.ThrowAsync<ForbiddenException>(() => Board(user: "inspector"));
}
