using InspectionSuite.Cases;
using InspectionSuite.Organization;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// CaseDto as nested records (issue 19 item 5): each owned value object of the case (decision, results report, draft
/// conclusion, appraisal, conclusion, publication) reaches the DTO as its own record, field for field, and the unit
/// representative's view empties the internal ones as a whole.
/// </summary>
public sealed class CaseDtoMappingTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private readonly CaseMapper _map = new();

    private static InspectionCase Signed()
    {
        var leader = Guid.NewGuid();
        var c = new InspectionCase(Guid.NewGuid(), CaseKind.Inspection, AuthorityCode.ThanhTra, Guid.NewGuid(), "Thanh tra thử", "Phạm vi", null, null, null, null);
        c.RecordDecision("01/QĐ-TTr", Day, "Chánh Thanh tra");
        c.AssignTeam(leader, []);
        foreach (var state in new[] { CaseStates.Decided, CaseStates.Announced, CaseStates.OnSite }) c.EnterState(state, Guid.NewGuid(), Day);
        c.AddMinutes("Biên bản làm việc 2", Day.AddDays(3), "Nội dung 2");
        c.AddMinutes("Biên bản làm việc 1", Day.AddDays(1), "Nội dung 1");
        c.EnterState(CaseStates.Reporting, Guid.NewGuid(), Day);
        c.AttachResultsReport("05/BC-ĐTT", Day.AddDays(10), "Báo cáo kết quả");
        c.EnterState(CaseStates.Concluding, Guid.NewGuid(), Day);
        c.RecordDraftConclusion(Day.AddDays(12), "Dự thảo kết luận");
        c.RecordAppraisal(Guid.NewGuid(), Day.AddDays(14), "Phòng Pháp chế", "Đồng ý");
        c.RecordConclusion(Guid.NewGuid(), "08/KL-TTr", Day.AddDays(16), "Chánh Thanh tra", "Kết luận");
        c.RecordPublication("Cổng thông tin điện tử", Day.AddDays(17), Day.AddDays(32));
        return c;
    }

    [Fact]
    public void Should_map_each_owned_value_object_to_its_own_record()
    {
        var c = Signed();

        var dto = _map.ToDto(c, "U01", "Đơn vị thử", [], 7, CaseDeadlinesDto.None);

        dto.Decision.ShouldBe(new CaseDecisionDto(c.Decision.Number, c.Decision.Date, c.Decision.Signer, c.Decision.LegalBasisVersion));
        dto.Decision.LegalBasisVersion.ShouldNotBeNull();
        dto.ResultsReport.ShouldBe(new ResultsReportDto("05/BC-ĐTT", Day.AddDays(10), "Báo cáo kết quả"));
        dto.DraftConclusion.ShouldBe(new DraftConclusionDto(Day.AddDays(12), "Dự thảo kết luận"));
        dto.Appraisal.ShouldBe(new AppraisalDto(Day.AddDays(14), "Phòng Pháp chế", "Đồng ý"));
        dto.Conclusion.ShouldBe(new ConclusionDto("08/KL-TTr", Day.AddDays(16), "Chánh Thanh tra", "Kết luận"));
        dto.Publication.ShouldBe(new PublicationDto("Cổng thông tin điện tử", Day.AddDays(17), Day.AddDays(32)));
        (dto.Id, dto.Code, dto.UnitCode, dto.UnitName, dto.WorkflowVersion, dto.State, dto.Scope, dto.ConcurrencyStamp)
            .ShouldBe((c.Id, c.Code, "U01", "Đơn vị thử", 7, CaseStates.Concluding, "Phạm vi", c.ConcurrencyStamp));
        dto.Minutes.Select(m => m.Title).ShouldBe(["Biên bản làm việc 1", "Biên bản làm việc 2"]); // by the day held, not by entry
        (dto.ChecklistCount, dto.EvidenceCount, dto.FindingCount).ShouldBe((c.Checklist.Count, c.Evidence.Count, c.Findings.Count));
        // The sanctions are the case's follow-up (its own aggregate): the app service counts them, the mapping leaves 0.
        dto.SanctionCount.ShouldBe(0);
    }

    [Fact]
    public void Should_leave_a_new_case_with_empty_records_not_null_ones()
    {
        var c = new InspectionCase(Guid.NewGuid(), CaseKind.Check, AuthorityCode.NoiVu, Guid.NewGuid(), "Kiểm tra thử", null, null, null, null, null);

        var dto = _map.ToDto(c, "", "", [], 0, CaseDeadlinesDto.None);

        dto.Decision.ShouldBe(CaseDecisionDto.None);
        dto.ResultsReport.ShouldBe(ResultsReportDto.None);
        dto.DraftConclusion.ShouldBe(DraftConclusionDto.None);
        dto.Appraisal.ShouldBe(AppraisalDto.None);
        dto.Conclusion.ShouldBe(ConclusionDto.None);
        dto.Publication.ShouldBe(PublicationDto.None);
    }

    [Fact]
    public void Should_show_the_unit_representative_no_internal_record_before_publication()
    {
        var c = Signed(); // signed, not yet published (the Publish step has not fired)
        var dto = _map.ToDto(c, "U01", "Đơn vị thử", [], 7, CaseDeadlinesDto.None);

        var seen = UnitRepresentativeView.Redact(dto, c, Guid.NewGuid());

        seen.Decision.ShouldBe(dto.Decision); // the decision is addressed to the unit
        seen.ResultsReport.ShouldBe(ResultsReportDto.None);
        seen.DraftConclusion.ShouldBe(DraftConclusionDto.None);
        seen.Appraisal.ShouldBe(AppraisalDto.None);
        seen.Conclusion.ShouldBe(ConclusionDto.None);
        seen.Minutes.ShouldBeEmpty();
    }
}
