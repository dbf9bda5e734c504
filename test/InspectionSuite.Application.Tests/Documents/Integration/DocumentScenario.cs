using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Application.Tests.Documents.Integration;

/// <summary>Drives real cases through the app services (as the demo users) with the data the documents and reports read.</summary>
internal static class DocumentScenario
{
    public const string WorkPlanText = "Làm việc với Chủ tịch UBND; kiểm tra hồ sơ cuộc họp, hồ sơ thủ tục hành chính.";
    public const string ResultsText = "Đơn vị chấp hành cơ bản các quy định; còn hạn chế trong việc giảm hội họp.";
    public const string DraftText = "Dự thảo kết luận: yêu cầu đơn vị chấn chỉnh, khắc phục hạn chế.";

    /// <summary>An inspection in Concluding with work plan, minutes, an extension, a suspension, one finding and a results report.</summary>
    public static async Task<CaseDto> InspectionInConcluding(CaseFixture fx, string unitCode, string findingText, decimal? amount = 12_000_000m)
    {
        var today = fx.Today;
        var c = await fx.NewCase(CaseKind.Inspection, unitCode);
        c = await fx.Cases("inspector", s => s.RecordWorkPlanAsync(c.Id, new RecordWorkPlanDto(WorkPlanText, c.ConcurrencyStamp)));
        c = await fx.Fire(c.Id, CaseTriggers.Decide, "leader");
        c = await fx.ApproveWorkPlan(c);
        c = await fx.Cases("inspector", s => s.RecordAnnouncementAsync(c.Id, new RecordAnnouncementDto(today, c.ConcurrencyStamp)));
        c = await fx.Fire(c.Id, CaseTriggers.Announce, "inspector");
        c = await fx.Fire(c.Id, CaseTriggers.StartOnSite, "inspector");
        c = await fx.Cases("inspector", s => s.AddMinutesAsync(c.Id, new AddMinutesDto("Biên bản công bố Quyết định thanh tra", today, "Trưởng đoàn công bố Quyết định; đơn vị cam kết phối hợp.", c.ConcurrencyStamp)));
        c = await fx.Cases("leader", s => s.AddExtensionAsync(c.Id, new AddExtensionDto("12/QĐ-GH", 10, "nội dung phức tạp, cần xác minh thêm", today, c.ConcurrencyStamp)));
        c = await fx.Cases("leader", s => s.AddSuspensionAsync(c.Id, new AddSuspensionDto("13/QĐ-TD", today.AddDays(2), today.AddDays(4), "bão lũ, chia cắt giao thông", c.ConcurrencyStamp)));
        await fx.RunAsAsync("inspector", sp => sp.GetRequiredService<IFindingAppService>()
            .RecordAsync(c.Id, new RecordFindingDto(null, findingText, FindingSeverity.Serious, "Luật Ngân sách nhà nước", amount, "Kế toán đơn vị", c.ConcurrencyStamp)));
        c = await fx.Get(c.Id);
        c = await fx.Cases("inspector", s => s.SetOnSitePeriodAsync(c.Id, new SetOnSitePeriodDto(c.OnSiteStart!.Value, today, c.ConcurrencyStamp)));
        c = await fx.Fire(c.Id, CaseTriggers.EndOnSite, "inspector");
        c = await fx.Cases("inspector", s => s.AttachResultsReportAsync(c.Id, new AttachResultsReportDto("05/BC-ĐTT", today, ResultsText, c.ConcurrencyStamp)));
        c = await fx.Fire(c.Id, CaseTriggers.SubmitResultsReport, "inspector");
        return await fx.Cases("inspector", s => s.RecordDraftConclusionAsync(c.Id, new RecordDraftConclusionDto(today, DraftText, c.ConcurrencyStamp)));
    }

    /// <summary>Appraisal, conclusion, publication; then Sanctioning with the given sanctions and FollowUp.</summary>
    public static async Task<CaseDto> ConcludeAndSanction(CaseFixture fx, CaseDto c, string conclusionNumber,
        params (SanctionType Type, string Target, decimal? Amount, int DeadlineDays, decimal Recovered)[] sanctions)
    {
        var today = fx.Today;
        var check = c.Kind == CaseKind.Check;
        if (check) return await IssueCheckNotice(fx, c, conclusionNumber, sanctions);
        c = await fx.Cases("supervisor", s => s.RecordAppraisalAsync(c.Id, new RecordAppraisalDto(today, "Phòng Pháp chế", "Đồng ý.", c.ConcurrencyStamp)));
        c = await fx.Cases("leader", s => s.RecordConclusionAsync(c.Id, new RecordConclusionDto(conclusionNumber, today, check ? "Phó Giám đốc - Lê Văn Phó" : "Phó Chánh Thanh tra - Võ Minh Châu", "Kết luận: đơn vị thực hiện cơ bản đúng quy định.", c.ConcurrencyStamp)));
        c = await fx.Cases("supervisor", s => s.RecordPublicationAsync(c.Id, new RecordPublicationDto("Cổng TTĐT tỉnh", today, today.AddDays(15), c.ConcurrencyStamp)));
        c = await fx.Fire(c.Id, CaseTriggers.Publish, check ? "leader" : "supervisor");
        c = await fx.Fire(c.Id, CaseTriggers.StartSanctioning, check ? "supervisor" : "inspector");
        var issued = new List<(Guid Id, decimal Recovered)>();
        foreach (var s in sanctions)
        {
            c = await fx.Get(c.Id);
            var dto = await fx.RunAsAsync("inspector", sp => sp.GetRequiredService<ISanctionAppService>()
                .IssueAsync(c.Id, new IssueSanctionDto(s.Type, s.Target, s.Amount, today.AddDays(s.DeadlineDays), "Thủ trưởng đơn vị", c.ConcurrencyStamp)));
            issued.Add((dto.Id, s.Recovered));
        }
        c = await fx.Fire(c.Id, CaseTriggers.StartFollowUp, "inspector");
        foreach (var (id, recovered) in issued.Where(x => x.Recovered > 0))
        {
            c = await fx.Get(c.Id);
            await fx.RunAsAsync("admin", sp => sp.GetRequiredService<IFollowUpAppService>()
                .ReportImplementationAsync(c.Id, new ReportImplementationDto(id, ImplementationStatus.PartlyDone, recovered, "Đã nộp một phần", c.ConcurrencyStamp)));
        }
        return await fx.Get(c.Id);
    }

    /// <summary>A check in Concluding whose checklist holds the given measured values (code → (result, measured)).</summary>
    public static async Task<CaseDto> CheckInConcluding(CaseFixture fx, string unitCode, IReadOnlyDictionary<string, (CheckResult Result, string Measured)> values)
    {
        var today = fx.Today;
        var c = await fx.CaseIn(CaseStates.OnSite, CaseKind.Check, unitCode);
        var items = await fx.RunAsAsync("inspector", sp => sp.GetRequiredService<IChecklistAppService>().GetListAsync(c.Id));
        foreach (var item in items.Where(i => values.ContainsKey(i.CriterionCode)))
        {
            var current = await fx.Get(c.Id);
            var (result, measured) = values[item.CriterionCode];
            await fx.RunAsAsync("inspector", sp => sp.GetRequiredService<IChecklistAppService>()
                .RecordResultAsync(c.Id, item.Id, new RecordChecklistResultDto(result, measured, null, current.ConcurrencyStamp)));
        }
        c = await fx.Get(c.Id);
        // noi-vu.check v2: the visit ends with its biên bản; no results report or draft conclusion.
        c = await fx.Cases("inspector", s => s.AddMinutesAsync(c.Id, new AddMinutesDto("Biên bản kiểm tra", today, ResultsText, c.ConcurrencyStamp)));
        return await fx.Fire(c.Id, CaseTriggers.EndOnSite, "inspector");
    }

    /// <summary>
    /// A check's conclusion notice (noi-vu.check v2): the criteria not yet assessed recorded as met, each sanction given
    /// as a kiến nghị chấn chỉnh answering the first finding (or KH534-01), the notice signed and issued (→ FollowUp).
    /// </summary>
    private static async Task<CaseDto> IssueCheckNotice(CaseFixture fx, CaseDto c, string number,
        (SanctionType Type, string Target, decimal? Amount, int DeadlineDays, decimal Recovered)[] outcomes)
    {
        var today = fx.Today;
        var items = await fx.RunAsAsync("inspector", sp => sp.GetRequiredService<IChecklistAppService>().GetListAsync(c.Id));
        var stamp = (await fx.Get(c.Id)).ConcurrencyStamp;
        foreach (var item in items.Where(i => i.Result == CheckResult.NotChecked))
            stamp = (await fx.RunAsAsync("inspector", sp => sp.GetRequiredService<IChecklistAppService>()
                .RecordResultAsync(c.Id, item.Id, new RecordChecklistResultDto(CheckResult.Met, "đạt", null, stamp)))).ConcurrencyStamp;
        var finding = (await fx.RunAsAsync("inspector", sp => sp.GetRequiredService<IFindingAppService>().GetListAsync(c.Id))).FirstOrDefault();
        foreach (var o in outcomes)
            stamp = (await fx.RunAsAsync("leader", sp => sp.GetRequiredService<ICheckAppService>().RecordOutcomeAsync(c.Id,
                new RecordCheckOutcomeDto(SanctionType.CorrectiveRecommendation, o.Target, "Thủ trưởng đơn vị", today.AddDays(o.DeadlineDays), finding?.Id, finding is null ? "KH534-01" : null, stamp)))).ConcurrencyStamp;
        c = await fx.Cases("leader", s => s.RecordConclusionAsync(c.Id, new RecordConclusionDto(number, today, "Phó Giám đốc - Lê Văn Phó", "Kết luận: đơn vị thực hiện cơ bản đúng quy định.", stamp)));
        return await fx.Fire(c.Id, CaseTriggers.IssueConclusionNotice, "leader");
    }
}
