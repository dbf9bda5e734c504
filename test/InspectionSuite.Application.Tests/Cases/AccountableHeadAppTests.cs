using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Oversight;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// Issue 14 (helper tthead) through the app services on real SQLite: the head of a unit as the subject of an
/// accountability inspection (seed II.6.b), the accountability outcome signed with the conclusion by Leadership and
/// hidden from the unit until publication, the team's extension request kept on the case and carried by the workspace,
/// and the oversight dashboard's Reported figures kept apart from the confirmed ones.
/// </summary>
public sealed class AccountableHeadAppTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private Task<T> Law<T>(string user, Func<ICaseLawAppService, Task<T>> work) => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<ICaseLawAppService>()));

    private async Task<CaseDto> NewHeadCase(string? name = "Ông Nguyễn Văn A", string? position = "Giám đốc Sở Xây dựng")
    {
        var unitId = await fixture.UnitIdAsync("P01");
        var dto = await fixture.Cases("supervisor", s => s.CreateAsync(new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
            $"Trách nhiệm người đứng đầu trong thực hiện nhiệm vụ công vụ {Guid.NewGuid():N}", "Năm 2026", "KH 534", null, null, null)
        { AccountableHead = new AccountableHeadDto(name, position) }));
        return await fixture.WithDecisionAndTeam(dto);
    }

    /// <summary>Drives a case to Concluding and records the draft and the appraisal: the conclusion may be signed.</summary>
    private async Task<CaseDto> ReadyToConclude(CaseDto c)
    {
        c = await fixture.DriveTo(c, CaseStates.Concluding);
        c = await fixture.Cases("inspector", s => s.RecordDraftConclusionAsync(c.Id, new RecordDraftConclusionDto(fixture.Today, "Dự thảo kết luận.", c.ConcurrencyStamp)));
        return await fixture.Cases("supervisor", s => s.RecordAppraisalAsync(c.Id, new RecordAppraisalDto(fixture.Today, "Phòng Pháp chế", "Đồng ý.", c.ConcurrencyStamp)));
    }

    private RecordConclusionDto Conclusion(CaseDto c, AccountabilityOutcomeDto? outcome)
        => new("11/KL-TTr", fixture.Today, "Chánh Thanh tra - Nguyễn Văn Chánh", "Kết luận thanh tra.", c.ConcurrencyStamp) { Accountability = outcome };

    [Fact]
    public async Task Should_create_and_edit_a_case_whose_subject_is_the_head_of_the_unit_until_the_decision()
    {
        var unitId = await fixture.UnitIdAsync("P01");
        var created = await fixture.Cases("supervisor", s => s.CreateAsync(new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
            "Trách nhiệm người đứng đầu", null, null, null, null, null) { AccountableHead = new AccountableHeadDto("Bà Trần Thị B", "Chủ tịch UBND xã") }));
        created.AccountableHead.ShouldBe(new AccountableHeadDto("Bà Trần Thị B", "Chủ tịch UBND xã"));
        (await fixture.Get(created.Id)).AccountableHead.Name.ShouldBe("Bà Trần Thị B");

        var edited = await fixture.Cases("supervisor", s => s.UpdateAsync(created.Id, new UpdateCaseDto(created.Subject, null, null, null, null, created.ConcurrencyStamp)
        { AccountableHead = new AccountableHeadDto("Bà Trần Thị B", "Phó Chủ tịch UBND xã") }));
        edited.AccountableHead.Position.ShouldBe("Phó Chủ tịch UBND xã");

        // Half a head is refused and nothing changes.
        (await Should.ThrowAsync<BusinessException>(() => fixture.Cases("supervisor", s => s.UpdateAsync(created.Id,
            new UpdateCaseDto(created.Subject, null, null, null, null, edited.ConcurrencyStamp) { AccountableHead = new AccountableHeadDto("Ông C", null) }))))
            .Code.ShouldBe(CaseErrorCodes.AccountableHeadIncomplete);
        (await fixture.Get(created.Id)).AccountableHead.ShouldBe(new AccountableHeadDto("Bà Trần Thị B", "Phó Chủ tịch UBND xã"));

        // A check has no head as its subject.
        var other = await fixture.OtherUnitIdAsync();
        (await Should.ThrowAsync<BusinessException>(() => fixture.Cases("supervisor", s => s.CreateAsync(new CreateCaseDto(CaseKind.Check, AuthorityCode.NoiVu, other,
            "Kiểm tra công vụ", null, null, null, null, null) { AccountableHead = new AccountableHeadDto("Ông D", "Giám đốc") }))))
            .Code.ShouldBe(CaseErrorCodes.AccountableHeadIncomplete);
    }

    [Fact]
    public async Task Should_record_the_accountability_outcome_with_the_signed_conclusion_only_on_a_head_case()
    {
        var plain = await ReadyToConclude(await fixture.NewCase());
        (await Should.ThrowAsync<BusinessException>(() => fixture.Cases("leader", s => s.RecordConclusionAsync(plain.Id,
            Conclusion(plain, new AccountabilityOutcomeDto(AccountabilityVerdict.NoViolation, null)))))).Code.ShouldBe(CaseErrorCodes.AccountabilityWithoutHead);
        (await fixture.Get(plain.Id)).Conclusion.Number.ShouldBeNull();

        var head = await ReadyToConclude(await NewHeadCase());
        (await Should.ThrowAsync<BusinessException>(() => fixture.Cases("leader", s => s.RecordConclusionAsync(head.Id, Conclusion(head, null)))))
            .Code.ShouldBe(CaseErrorCodes.AccountabilityOutcomeRequired);
        // Leadership (Cases.Decide) signs it; the team cannot.
        await Should.ThrowAsync<ForbiddenException>(() => fixture.Cases("inspector", s => s.RecordConclusionAsync(head.Id,
            Conclusion(head, new AccountabilityOutcomeDto(AccountabilityVerdict.ReviewAndDrawLessons, null)))));
        var signed = await fixture.Cases("leader", s => s.RecordConclusionAsync(head.Id,
            Conclusion(head, new AccountabilityOutcomeDto(AccountabilityVerdict.ReviewAndDrawLessons, "Chậm chỉ đạo giải quyết kiến nghị của người dân."))));
        signed.Conclusion.Accountability.ShouldBe(new AccountabilityOutcomeDto(AccountabilityVerdict.ReviewAndDrawLessons, "Chậm chỉ đạo giải quyết kiến nghị của người dân."));
        var workspace = await fixture.Cases("leader", s => s.GetWorkspaceAsync(head.Id));
        workspace.Case.Conclusion.Accountability.Verdict.ShouldBe(AccountabilityVerdict.ReviewAndDrawLessons);
    }

    [Fact]
    public async Task Should_not_show_the_accountability_outcome_to_the_unit_before_publication()
    {
        var head = await ReadyToConclude(await NewHeadCase());
        head = await fixture.Cases("leader", s => s.RecordConclusionAsync(head.Id,
            Conclusion(head, new AccountabilityOutcomeDto(AccountabilityVerdict.ProposeDisciplinaryReview, "Buông lỏng quản lý ngân sách."))));
        var unitBefore = await fixture.Cases("unitrep", s => s.GetWorkspaceAsync(head.Id));
        unitBefore.Case.Conclusion.Accountability.ShouldBe(AccountabilityOutcomeDto.None);
        System.Text.Json.JsonSerializer.Serialize(unitBefore).ShouldNotContain("Buông lỏng quản lý ngân sách");
        // The head named in the decision is addressed to the unit.
        unitBefore.Case.AccountableHead.Name.ShouldBe("Ông Nguyễn Văn A");

        head = await fixture.Cases("supervisor", s => s.RecordPublicationAsync(head.Id, new RecordPublicationDto("Cổng TTĐT tỉnh", fixture.Today, fixture.Today.AddDays(14), head.ConcurrencyStamp)));
        await fixture.Fire(head.Id, CaseTriggers.Publish, "supervisor");
        var unitAfter = await fixture.Cases("unitrep", s => s.GetAsync(head.Id));
        unitAfter.Conclusion.Accountability.Verdict.ShouldBe(AccountabilityVerdict.ProposeDisciplinaryReview);
    }

    [Fact]
    public async Task Should_keep_the_extension_request_on_the_case_in_full_and_carry_it_in_the_workspace_but_not_to_the_unit()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        var grounds = "Khối lượng hồ sơ chi ngân sách lớn; " + new string('x', 300);
        c = await Law("inspector2", s => s.RequestExtensionAsync(c.Id, new RequestExtensionDto(12, grounds, c.ConcurrencyStamp)));
        var asked = (await fixture.Cases("leader", s => s.GetWorkspaceAsync(c.Id))).Case.PendingExtensionRequest.ShouldNotBeNull();
        asked.Days.ShouldBe(12);
        asked.Grounds.ShouldBe(grounds); // whole, where the journal keeps 200 characters
        asked.RequestedBy.ShouldNotBeNullOrWhiteSpace();
        (await Law("leader", s => s.GetExtensionRequestAsync(c.Id))).ShouldBe(asked);
        (await fixture.Cases("unitrep", s => s.GetWorkspaceAsync(c.Id))).Case.PendingExtensionRequest.ShouldBeNull();
        (await Should.ThrowAsync<BusinessException>(() => Law("inspector", s => s.RequestExtensionAsync(c.Id, new RequestExtensionDto(5, "Lần nữa", c.ConcurrencyStamp)))))
            .Code.ShouldBe(CaseErrorCodes.ExtensionAlreadyRequested);

        c = await Law("leader", s => s.RefuseExtensionAsync(c.Id, new RefuseExtensionDto("Chưa đủ căn cứ", c.ConcurrencyStamp)));
        c.PendingExtensionRequest.ShouldBeNull();
        // Asked again, then granted: granting clears it as well.
        c = await Law("inspector", s => s.RequestExtensionAsync(c.Id, new RequestExtensionDto(5, "Chờ kết quả giám định", c.ConcurrencyStamp)));
        c.PendingExtensionRequest.ShouldNotBeNull().Days.ShouldBe(5);
        c = await fixture.Cases("leader", s => s.AddExtensionAsync(c.Id, new AddExtensionDto("30/QĐ-GH", 5, "Chờ kết quả giám định", fixture.Today, c.ConcurrencyStamp)));
        c.PendingExtensionRequest.ShouldBeNull();
    }

    [Fact]
    public async Task Should_count_reported_items_and_their_money_apart_from_the_confirmed_on_the_dashboard()
    {
        var c = await fixture.CaseIn(CaseStates.Sanctioning);
        async Task<SanctionDto> Issue(decimal amount) => await fixture.RunAsAsync("inspector", async sp => await sp.GetRequiredService<ISanctionAppService>()
            .IssueAsync(c.Id, new IssueSanctionDto(SanctionType.Recovery, "Kế toán", amount, fixture.Today.AddDays(30), "Thủ trưởng", (await fixture.Get(c.Id)).ConcurrencyStamp)));
        var claimed = await Issue(40_000_000m);
        var confirmed = await Issue(9_000_000m);
        await fixture.Fire(c.Id, CaseTriggers.StartFollowUp, "inspector");
        async Task Report(Guid sanctionId, decimal recovered) => await fixture.RunAsAsync("unitrep", async sp => await sp.GetRequiredService<IFollowUpAppService>()
            .ReportImplementationAsync(c.Id, new ReportImplementationDto(sanctionId, ImplementationStatus.Done, recovered, null, (await fixture.Get(c.Id)).ConcurrencyStamp)));
        await Report(claimed.Id, 25_000_000m);
        await Report(confirmed.Id, 9_000_000m);
        await fixture.RunAsAsync("inspector", async sp => await sp.GetRequiredService<IFollowUpAppService>()
            .ConfirmImplementationAsync(c.Id, confirmed.Id, new ConfirmImplementationDto((await fixture.Get(c.Id)).ConcurrencyStamp)));

        var year = fixture.Today.Year;
        var dashboard = await fixture.RunAsAsync("leader", sp => sp.GetRequiredService<IOversightAppService>().GetSanctionDashboardAsync(new GetSanctionDashboardInput(year, null)));
        // The same figures straight from the aggregates of every case concluded this year.
        var sanctions = await fixture.RunAsAsync("admin", async sp =>
        {
            var cases = sp.GetRequiredService<IRepository<InspectionCase>>();
            var followUps = sp.GetRequiredService<IRepository<CaseFollowUp>>();
            var sanctionsOf = (await followUps.ToListAsync(followUps.Query())).SelectMany(f => f.Sanctions).ToLookup(s => s.CaseId);
            return (await cases.ToListAsync(cases.Query())).Where(x => x.State != CaseStates.Cancelled && x.Conclusion.Date?.Year == year).SelectMany(x => sanctionsOf[x.Id]).ToList();
        });
        dashboard.Implementation.Reported.ShouldBe(sanctions.Count(s => s.Status == SanctionStatus.Reported));
        dashboard.Implementation.Reported.ShouldBeGreaterThanOrEqualTo(1);
        dashboard.Implementation.AmountReportedVnd.ShouldBe(sanctions.Where(s => s.Status == SanctionStatus.Reported).Sum(s => s.AmountRecoveredVnd));
        dashboard.Implementation.AmountConfirmedVnd.ShouldBe(sanctions.Where(s => s.Status == SanctionStatus.Done).Sum(s => s.AmountRecoveredVnd));
        dashboard.Implementation.AmountReportedVnd.ShouldBeGreaterThanOrEqualTo(25_000_000m);
        dashboard.Implementation.AmountConfirmedVnd.ShouldBeGreaterThanOrEqualTo(9_000_000m);
    }

    [Fact]
    public void Should_state_the_head_in_the_documents_subject_line_and_the_outcome_in_the_conclusion()
    {
        var day = new DateOnly(2026, 6, 1);
        var c = new InspectionCase(Guid.NewGuid(), CaseKind.Inspection, AuthorityCode.ThanhTra, Guid.NewGuid(),
            "Thanh tra trách nhiệm người đứng đầu trong thực hiện nhiệm vụ công vụ", null, null, null, null, null);
        InspectionSuite.Documents.CaseDocumentFields.AccountableSubject(c).ShouldBe("trách nhiệm người đứng đầu trong thực hiện nhiệm vụ công vụ");
        c.NameAccountableHead("ông Nguyễn Văn A", "Giám đốc Sở Xây dựng");
        InspectionSuite.Documents.CaseDocumentFields.AccountableSubject(c)
            .ShouldBe("trách nhiệm của ông Nguyễn Văn A (Giám đốc Sở Xây dựng) trong việc thực hiện nhiệm vụ công vụ");
        InspectionSuite.Documents.CaseDocumentFields.AccountabilityConclusion(c).ShouldBeNull();

        c.EnterState(CaseStates.Concluding, Guid.NewGuid(), day);
        c.RecordDraftConclusion(day, "Dự thảo.");
        c.RecordAppraisal(Guid.NewGuid(), day, "Phòng Pháp chế", "Đồng ý.");
        c.RecordConclusion(Guid.NewGuid(), "1/KL", day, "Chánh Thanh tra", "Kết luận.", AccountabilityVerdict.ReviewAndDrawLessons, "Chậm chỉ đạo");
        InspectionSuite.Documents.CaseDocumentFields.AccountabilityConclusion(c)
            .ShouldBe("Về trách nhiệm của ông Nguyễn Văn A (Giám đốc Sở Xây dựng): phải tổ chức kiểm điểm, rút kinh nghiệm. Chậm chỉ đạo.");
    }
}
