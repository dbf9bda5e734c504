namespace InspectionSuite.Seeding;

/// <summary>
/// Demo cases in several states (demo data only, into a database without cases): team = the demo users
/// "inspector" (leader) and "inspector2"; one check on unit P01, the demo unit representative's unit.
/// Driven through the real workflow as the system actor, so the journal and tasks look like real ones.
/// </summary>
public sealed class DemoCaseSeeder(
    IRepository<InspectionCase> cases,
    IRepository<DocumentRequest> documentRequests,
    IRepository<CaseFollowUp> followUps,
    IRepository<Unit> units,
    UserManager<AppUser> users,
    IUnitOfWork uow,
    IWorkflowRuntime runtime,
    IWorkflowInstanceQueries workflows,
    WorkflowDefinitionService definitions,
    TimeProvider time,
    ILogger<DemoCaseSeeder> logger)
{
    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        if (await cases.AnyAsync(cases.QueryIncludingDeleted(), ct)) return 0;
        var leader = await users.FindByNameAsync("inspector");
        var member = await users.FindByNameAsync("inspector2");
        // Appraised by the supervisor and signed by the leader: neither is on the team (the team cannot do either).
        var appraiserId = (await users.FindByNameAsync("supervisor"))?.Id ?? Guid.Empty;
        var signerId = (await users.FindByNameAsync("leader"))?.Id ?? Guid.Empty;
        var p01 = await units.FirstOrDefaultAsync(units.Query().Where(u => u.Code == DataSeeder.DemoRepresentativeUnitCode), ct);
        var others = await units.ToListAsync(units.Query().Where(u => u.Code != DataSeeder.DemoRepresentativeUnitCode).OrderBy(u => u.Code).Take(4), ct);
        if (leader is null || member is null || p01 is null || others.Count < 4) return 0;
        await definitions.ImportDirectoryAsync(null, ct);

        var today = VietnamTime.Today(time);
        var team = (leader.Id, new[] { member.Id });

        await NewAsync(CaseKind.Inspection, AuthorityCode.ThanhTra, others[0].Id, "Thanh tra trách nhiệm người đứng đầu trong thực hiện Kế hoạch 534", null, ct);

        var onSite = await NewAsync(CaseKind.Check, AuthorityCode.NoiVu, p01.Id, "Kiểm tra công tác cải cách hành chính năm 2026", team, ct);
        // Sở Nội vụ's procedure (noi-vu.check v2): decision, the unit's self-assessment, then the visit.
        await FireAsync(onSite, CaseTriggers.Decide, ct);
        await FireAsync(onSite, CaseTriggers.RequestSelfAssessment, ct);
        onSite.SubmitSelfAssessment(CheckCriteriaCatalogue.All.Select(c => (c.Code, (string?)"Theo báo cáo của đơn vị (dữ liệu mẫu)", (string?)null)).ToList(),
            CheckCriteriaCatalogue.All.Select(c => c.Code), null, today.AddDays(-3));
        await uow.SaveChangesAsync(ct);
        await FireAsync(onSite, CaseTriggers.StartOnSite, ct);
        // The unit representative's journey starts here: one open request on their unit's case.
        await documentRequests.InsertAsync(DocumentRequestManager.Request(onSite, "Báo cáo số cuộc họp và tỷ lệ họp trực tuyến năm 2025–2026",
            "Đề nghị đơn vị cung cấp danh sách các cuộc họp đã tổ chức (trực tiếp, trực tuyến) và văn bản triệu tập kèm theo.",
            today.AddDays(7), leader.Id, today), ct);
        await uow.SaveChangesAsync(ct);

        var reporting = await NewAsync(CaseKind.Inspection, AuthorityCode.ThanhTra, others[1].Id, "Thanh tra việc thực hiện kỷ luật, kỷ cương hành chính", team, ct);
        await ThroughOnSiteAsync(reporting, announcedOn: today.AddDays(-40), onSiteFrom: today.AddDays(-35), onSiteTo: today.AddDays(-2), ct);

        // An inspection: publication, sanctions with money and their follow-up are the inspection's (a check has none since issue 15).
        var followUp = await NewAsync(CaseKind.Inspection, AuthorityCode.ThanhTra, others[2].Id, "Thanh tra kỷ luật hành chính và số hóa văn bản", team, ct);
        await ThroughOnSiteAsync(followUp, announcedOn: today.AddDays(-90), onSiteFrom: today.AddDays(-85), onSiteTo: today.AddDays(-60), ct);
        followUp.AttachResultsReport("12/BC-ĐTT", today.AddDays(-50), "Báo cáo kết quả thanh tra (dữ liệu mẫu).");
        await FireAsync(followUp, CaseTriggers.SubmitResultsReport, ct);
        followUp.RecordDraftConclusion(today.AddDays(-45), "Dự thảo kết luận (dữ liệu mẫu).");
        followUp.RecordAppraisal(appraiserId, today.AddDays(-42), "Phòng Pháp chế", "Thống nhất với dự thảo.");
        followUp.RecordConclusion(signerId, "25/KL-TTr", today.AddDays(-40), "Chánh Thanh tra tỉnh - Nguyễn Văn Chánh", "Kết luận thanh tra (dữ liệu mẫu).");
        followUp.RecordPublication("Cổng thông tin điện tử tỉnh", today.AddDays(-39), today.AddDays(-20));
        await FireAsync(followUp, CaseTriggers.Publish, ct);
        await FireAsync(followUp, CaseTriggers.StartSanctioning, ct);
        var sanctions = new CaseFollowUp(followUp.Id);
        await followUps.InsertAsync(sanctions, ct);
        CaseFollowUpManager.IssueSanction(followUp, sanctions, SanctionType.CorrectiveRecommendation, "Văn phòng đơn vị", null, today.AddDays(30), "Chánh Văn phòng");
        CaseFollowUpManager.IssueSanction(followUp, sanctions, SanctionType.Recovery, "Kế toán đơn vị", 15_000_000m, today.AddDays(-5), "Thủ trưởng đơn vị");
        await FireAsync(followUp, CaseTriggers.StartFollowUp, ct);

        var cancelled = await NewAsync(CaseKind.Inspection, AuthorityCode.ThanhTra, others[3].Id, "Thanh tra chuyên đề (trùng với kế hoạch Kiểm toán nhà nước)", team, ct);
        await FireAsync(cancelled, CaseTriggers.Cancel, ct, JsonSerializer.Serialize(new { reason = "Trùng lặp với kế hoạch của Kiểm toán nhà nước" }));

        logger.LogInformation("Seeded 5 demo cases");
        return 5;
    }

    private async Task<InspectionCase> NewAsync(CaseKind kind, AuthorityCode authority, Guid unitId, string subject, (Guid Leader, Guid[] Members)? team, CancellationToken ct)
    {
        var @case = new InspectionCase(Guid.NewGuid(), kind, authority, unitId, subject, "Năm 2026", "Kế hoạch số 534 (Quảng Ngãi)",
            new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null);
        if (team is { } t)
        {
            @case.RecordDecision($"{Random.Shared.Next(10, 99)}/QĐ-{(kind == CaseKind.Inspection ? "TTr" : "SNV")}", DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-100), kind == CaseKind.Inspection ? "Chánh Thanh tra tỉnh - Nguyễn Văn Chánh" : "Giám đốc Sở Nội vụ - Trần Thị Giám");
            @case.AssignTeam(t.Leader, t.Members);
        }
        await cases.InsertAsync(@case, ct);
        await runtime.StartAsync(CaseWorkflows.DefinitionFor(kind), @case.Id.ToString(), WorkflowActor.System,
            JsonSerializer.Serialize(new { unitId, kind = kind.ToString() }), ct: ct);
        await uow.SaveChangesAsync(ct);
        return @case;
    }

    /// <summary>
    /// An inspection from its decision to the end of the on-site work: thanh-tra v2 (issue 14) has the work plan approved
    /// by the người ra quyết định two days before the announcement; then announced, on site, on-site work ended.
    /// </summary>
    private async Task ThroughOnSiteAsync(InspectionCase @case, DateOnly announcedOn, DateOnly onSiteFrom, DateOnly onSiteTo, CancellationToken ct)
    {
        await FireAsync(@case, CaseTriggers.Decide, ct);
        @case.RecordWorkPlan("Kế hoạch tiến hành thanh tra (dữ liệu mẫu).");
        @case.ApproveWorkPlan(announcedOn.AddDays(-2), "Phạm Minh Lãnh Đạo");
        @case.RecordAnnouncement(announcedOn);
        await FireAsync(@case, CaseTriggers.Announce, ct);
        await FireAsync(@case, CaseTriggers.StartOnSite, ct);
        @case.SetOnSitePeriod(onSiteFrom, onSiteTo);
        await FireAsync(@case, CaseTriggers.EndOnSite, ct);
    }

    private async Task FireAsync(InspectionCase @case, string trigger, CancellationToken ct, string? payload = null)
    {
        var instance = await workflows.GetInstanceAsync(@case.WorkflowInstanceId!.Value, ct);
        await runtime.FireAsync(instance.Id, trigger, WorkflowActor.System, payload, instance.Version, ct);
    }
}
