using System.Text;
using InspectionSuite.Cases;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// Two team members on one case at once (issue 18): additions never conflict with other people's additions, whatever
/// case stamp the form carried; only two edits of the same item conflict, and the loser's edit changes nothing.
/// </summary>
public sealed class TeamWorkConcurrencyTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private Task<T> As<T, TService>(string user, Func<TService, Task<T>> work) where TService : notnull
        => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<TService>()));

    [Fact]
    public async Task Should_accept_the_second_members_additions_made_on_a_page_read_before_the_first_members_finding()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        var seenByInspector2 = await fixture.Get(c.Id, "inspector2");

        // inspector records a finding while inspector2 has the case open…
        await As<FindingDto, IFindingAppService>("inspector", s => s.RecordAsync(c.Id,
            new RecordFindingDto(null, "Chi sai quy định", FindingSeverity.Serious, null, 5_000_000m, null, seenByInspector2.ConcurrencyStamp)));
        // …then inspector2 adds from the page they read before: diary, minutes, evidence, a finding, a request, a checklist item.
        var stale = seenByInspector2.ConcurrencyStamp;
        await fixture.Cases("inspector2", s => s.AddDiaryEntryAsync(c.Id, new AddDiaryEntryDto(fixture.Today, "Làm việc với kế toán", stale)));
        await fixture.Cases("inspector2", s => s.AddMinutesAsync(c.Id, new AddMinutesDto("Biên bản làm việc", fixture.Today, "Nội dung", stale)));
        var bytes = Encoding.UTF8.GetBytes("%PDF-1.4 chứng từ");
        await As<EvidenceFileDto, IEvidenceAppService>("inspector2", s => s.UploadAsync(c.Id,
            new UploadEvidenceInput("chung-tu.pdf", "application/pdf", bytes.Length, new MemoryStream(bytes), fixture.Today, null, stale)));
        await As<FindingDto, IFindingAppService>("inspector2", s => s.RecordAsync(c.Id,
            new RecordFindingDto(null, "Thiếu hồ sơ", FindingSeverity.Minor, null, null, null, stale)));
        await As<DocumentRequestDto, IDocumentRequestAppService>("inspector2", s => s.CreateAsync(c.Id,
            new CreateDocumentRequestDto("Sổ kế toán", null, fixture.Today.AddDays(3), stale)));
        await As<ChecklistItemDto, IChecklistAppService>("inspector2", s => s.AddItemAsync(c.Id, new AddChecklistItemDto("X-01", "Tiêu chí riêng", null, stale)));

        var after = await fixture.Get(c.Id);
        after.Diary.ShouldHaveSingleItem().Text.ShouldBe("Làm việc với kế toán");
        after.Minutes.ShouldHaveSingleItem();
        after.EvidenceCount.ShouldBe(1);
        after.FindingCount.ShouldBe(2);
        after.ChecklistCount.ShouldBe(1);
        (await As<DocumentRequestListDto, IDocumentRequestAppService>("inspector", s => s.GetListAsync(c.Id))).Items.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_lose_no_addition_when_two_members_add_at_the_same_moment()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        const int PerMember = 4;
        var writes = Enumerable.Range(0, PerMember).SelectMany(n => new[]
        {
            fixture.Cases("inspector", s => s.AddDiaryEntryAsync(c.Id, new AddDiaryEntryDto(fixture.Today, $"inspector {n}", c.ConcurrencyStamp))),
            fixture.Cases("inspector2", s => s.AddDiaryEntryAsync(c.Id, new AddDiaryEntryDto(fixture.Today, $"inspector2 {n}", c.ConcurrencyStamp))),
        }).ToList();

        await Task.WhenAll(writes);

        (await fixture.Get(c.Id)).Diary.Select(d => d.Text).Order().ShouldBe(
            Enumerable.Range(0, PerMember).SelectMany(n => new[] { $"inspector {n}", $"inspector2 {n}" }).Order());
    }

    [Fact]
    public async Task Should_conflict_only_on_a_second_result_for_the_same_checklist_item_and_keep_the_first()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        var items = await As<IReadOnlyList<ChecklistItemDto>, IChecklistAppService>("inspector", s => s.AddCatalogueCriteriaAsync(c.Id, new AddCatalogueCriteriaDto(c.ConcurrencyStamp)));
        var (first, second) = (items[0], items[1]);

        // Results on two different items, each posted with the item's stamp as read: no conflict.
        await As<ChecklistResultDto, IChecklistAppService>("inspector", s => s.RecordResultAsync(c.Id, first.Id,
            new RecordChecklistResultDto(CheckResult.Met, "98%", null, c.ConcurrencyStamp, first.Stamp)));
        await As<ChecklistResultDto, IChecklistAppService>("inspector2", s => s.RecordResultAsync(c.Id, second.Id,
            new RecordChecklistResultDto(CheckResult.Met, "100%", null, c.ConcurrencyStamp, second.Stamp)));

        // A second result on the first item, made on what it held before the first result: a conflict naming the item.
        var conflict = await Should.ThrowAsync<ConflictException>(() => As<ChecklistResultDto, IChecklistAppService>("inspector2", s => s.RecordResultAsync(c.Id, first.Id,
            new RecordChecklistResultDto(CheckResult.NotMet, "40%", null, c.ConcurrencyStamp, first.Stamp))));
        conflict.Code.ShouldBe(CaseErrorCodes.PartChangedMeanwhile);

        var now = await As<IReadOnlyList<ChecklistItemDto>, IChecklistAppService>("inspector", s => s.GetListAsync(c.Id));
        var kept = now.Single(i => i.Id == first.Id);
        kept.Result.ShouldBe(CheckResult.Met);
        kept.MeasuredValue.ShouldBe("98%");
        (await fixture.Get(c.Id)).FindingCount.ShouldBe(0);

        // Applying theirs: the same edit with the stamp of what is there now goes through.
        await As<ChecklistResultDto, IChecklistAppService>("inspector2", s => s.RecordResultAsync(c.Id, first.Id,
            new RecordChecklistResultDto(CheckResult.NotMet, "40%", null, c.ConcurrencyStamp, kept.Stamp)));
        (await As<IReadOnlyList<ChecklistItemDto>, IChecklistAppService>("inspector", s => s.GetListAsync(c.Id))).Single(i => i.Id == first.Id).Result.ShouldBe(CheckResult.NotMet);
    }

    [Fact]
    public async Task Should_still_refuse_a_case_edit_made_on_a_stale_stamp()
    {
        var c = await fixture.NewCase(withDecisionAndTeam: false);
        await fixture.Cases("supervisor", s => s.UpdateAsync(c.Id, new UpdateCaseDto("Chủ đề mới", null, null, null, null, c.ConcurrencyStamp)));
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            fixture.Cases("supervisor", s => s.UpdateAsync(c.Id, new UpdateCaseDto("Chủ đề khác", null, null, null, null, c.ConcurrencyStamp))));
        (await fixture.Get(c.Id)).Subject.ShouldBe("Chủ đề mới");
    }

    [Fact]
    public async Task Should_fix_subject_scope_and_period_once_the_decision_is_issued()
    {
        var c = await fixture.NewCase();
        c = await fixture.Cases("supervisor", s => s.UpdateAsync(c.Id, new UpdateCaseDto("Trách nhiệm người đứng đầu", "Năm 2026", "Luật Thanh tra 2025", new(2025, 1, 1), new(2025, 12, 31), c.ConcurrencyStamp)));
        c.PeriodTo.ShouldBe(new DateOnly(2025, 12, 31));
        c = await fixture.Fire(c.Id, CaseTriggers.Decide, "leader");

        var refused = await Should.ThrowAsync<BusinessException>(() =>
            fixture.Cases("supervisor", s => s.UpdateAsync(c.Id, new UpdateCaseDto("Chủ đề khác", null, null, null, null, c.ConcurrencyStamp))));
        refused.Code.ShouldBe(CaseErrorCodes.DescriptionFixedByDecision);
        (await fixture.Get(c.Id)).Subject.ShouldBe("Trách nhiệm người đứng đầu");
    }
}
