using InspectionSuite.Organization;
using InspectionSuite.Planning;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Planning;

/// <summary>Draft → draw → adjust → approve on the demo register (15 departments, 96 localities).</summary>
public sealed class AnnualPlanTests(PlanningFixture fixture) : IClassFixture<PlanningFixture>
{
    [Fact]
    public async Task Should_draw_adjust_approve_and_freeze_the_items()
    {
        var plan = await fixture.CreateAsync(AuthorityCode.NoiVu, 2030);
        plan.Status.ShouldBe(PlanStatus.Draft);

        plan = await fixture.DrawAsync(plan, "QN-2030");
        plan.Seed.ShouldBe("QN-2030");
        plan.AlgorithmVersion.ShouldBe("is-sampling/1.1");
        plan.Strata.Single(s => s.Stratum == Stratum.Department).ShouldBe(new PlanStratumDto(Stratum.Department, 14, 3, 3)); // 15 departments less Sở Nội vụ itself
        plan.Strata.Single(s => s.Stratum == Stratum.Local).ShouldBe(new PlanStratumDto(Stratum.Local, 96, 20, 20));
        var items = await fixture.ItemsAsync(plan.Id);
        items.Count.ShouldBe(110); // 111 registered units less Sở Nội vụ itself
        items.ShouldAllBe(i => i.Reason.Length > 0 && i.Detail.Length > 0);

        var forced = items.First(i => !i.Selected && i.Stratum == Stratum.Department).UnitCode;
        var dropped = items.First(i => i.Selected && i.Stratum == Stratum.Local).UnitCode;
        plan = await fixture.Supervisor(s => s.AddAdjustmentAsync(plan.Id, new AddPlanAdjustmentDto(forced.ToLowerInvariant(), AdjustmentKind.Mandatory, "khiếu nại", plan.ConcurrencyStamp)));
        plan = await fixture.Supervisor(s => s.AddAdjustmentAsync(plan.Id, new AddPlanAdjustmentDto(dropped, AdjustmentKind.Excluded, "Thanh tra tỉnh kiểm tra cùng nội dung", plan.ConcurrencyStamp)));
        plan.DrawIsStale.ShouldBeTrue();
        plan.Adjustments.Select(a => a.UnitCode).ShouldBe([forced, dropped]); // the register's spelling

        var stale = plan;
        (await Should.ThrowAsync<BusinessException>(() => fixture.ApproveAsync(stale))).Code.ShouldBe(PlanningErrorCodes.DrawMissingOrStale);

        plan = await fixture.DrawAsync(plan, "QN-2030");
        items = await fixture.ItemsAsync(plan.Id);
        items.Single(i => i.UnitCode == forced).ShouldSatisfyAllConditions(
            i => i.Selected.ShouldBeTrue(), i => i.Reason.ShouldBe("Mandatory"), i => i.Detail.ShouldContain("khiếu nại"));
        items.Single(i => i.UnitCode == dropped).ShouldSatisfyAllConditions(
            i => i.Selected.ShouldBeFalse(), i => i.Reason.ShouldBe("ExcludedOverlap"), i => i.Detail.ShouldContain("Thanh tra tỉnh"));

        plan = await fixture.ApproveAsync(plan);
        plan.Status.ShouldBe(PlanStatus.Approved);
        plan.ApprovedAt.ShouldNotBeNull();
        plan.CasesCreated.ShouldBe(items.Count(i => i.Selected)); // one planned case per selected unit
        (await fixture.ItemsAsync(plan.Id)).Select(i => i with { CaseId = null }).ShouldBe(items); // frozen; only the case links were added

        var approved = plan;
        (await Should.ThrowAsync<BusinessException>(() => fixture.DrawAsync(approved, "other")))
            .Code.ShouldBe(PlanningErrorCodes.PlanStatusInvalid);
        (await Should.ThrowAsync<BusinessException>(() => fixture.Supervisor(s => s.AddAdjustmentAsync(approved.Id,
            new AddPlanAdjustmentDto(forced, AdjustmentKind.Excluded, "x", approved.ConcurrencyStamp))))).Code.ShouldBe(PlanningErrorCodes.PlanStatusInvalid);
    }

    [Fact]
    public async Task Should_reproduce_the_same_draw_with_the_same_seed()
    {
        var plan = await fixture.CreateAsync(AuthorityCode.NoiVu, 2031); // the draw is Sở Nội vụ's (issue 14)
        plan = await fixture.DrawAsync(plan, "seed-A");
        var first = await fixture.ItemsAsync(plan.Id);
        plan = await fixture.DrawAsync(plan, "seed-B");
        var other = await fixture.ItemsAsync(plan.Id);
        plan = await fixture.DrawAsync(plan, "seed-A");
        var again = await fixture.ItemsAsync(plan.Id);

        static object Key(PlanItemDto i) => (i.UnitCode, i.Selected, i.Reason, i.Detail);
        again.Select(Key).ShouldBe(first.Select(Key));
        other.Where(i => i.Selected).Select(i => i.UnitCode).ShouldNotBe(first.Where(i => i.Selected).Select(i => i.UnitCode));
    }

    [Fact]
    public async Task Should_filter_and_page_the_unit_rows_by_stratum_and_reason()
    {
        var plan = await fixture.DrawAsync(await fixture.CreateAsync(AuthorityCode.NoiVu, 2036), "QN-2036");
        var page = await fixture.Supervisor(s => s.GetItemsAsync(plan.Id, new GetPlanItemListInput { Stratum = Stratum.Local, Reason = "RISK_DRAW", MaxResultCount = 5 }));
        page.TotalCount.ShouldBe(20); // 96 never-checked localities compete for 20 slots
        page.Items.Count.ShouldBe(5);
        page.Items.ShouldAllBe(i => i.Stratum == Stratum.Local && i.Reason == "RiskDraw" && i.Selected);
        await Should.ThrowAsync<InputValidationException>(() => fixture.Supervisor(s => s.GetItemsAsync(plan.Id, new GetPlanItemListInput { Reason = "LUCK" })));
    }

    [Fact]
    public async Task Should_warn_about_overlaps_between_the_two_authorities()
    {
        var noiVu = await fixture.CreateAsync(AuthorityCode.NoiVu, 2033);
        // Thanh tra tỉnh's plan is a hand-built list (issue 14): its listed SO-TC overlaps Sở Nội vụ's drawn one.
        var thanhTra = await fixture.CreateAsync(AuthorityCode.ThanhTra, 2033);
        noiVu = await fixture.Supervisor(s => s.AddAdjustmentAsync(noiVu.Id, new AddPlanAdjustmentDto("SO-TC", AdjustmentKind.Mandatory, "chỉ đạo của lãnh đạo", noiVu.ConcurrencyStamp)));
        await fixture.AddListItemAsync(thanhTra.Id, "SO-TC", basis: "khiếu nại");
        noiVu = await fixture.ApproveAsync(await fixture.DrawAsync(noiVu, "N"));
        thanhTra = await fixture.GetAsync(thanhTra.Id);

        var warnings = await fixture.Supervisor(s => s.GetOverlapsAsync(noiVu.Id));
        var w = warnings.Single(x => x.UnitCode == "SO-TC");
        w.Kind.ShouldBe(PlanOverlapKind.OtherAuthority);
        w.UnitName.ShouldBe("Sở Tài chính");
        (w.PlanId, w.Authority, w.Status).ShouldBe((noiVu.Id, AuthorityCode.NoiVu, PlanStatus.Approved));
        (w.OtherPlanId, w.OtherAuthority, w.OtherStatus).ShouldBe((thanhTra.Id, AuthorityCode.ThanhTra, PlanStatus.Draft));
        (await fixture.Supervisor(s => s.GetOverlapsAsync(thanhTra.Id))).ShouldContain(x => x.UnitCode == "SO-TC" && x.OtherPlanId == noiVu.Id);
        // Only units both plans select are listed.
        var both = (await fixture.ItemsAsync(noiVu.Id)).Where(i => i.Selected).Select(i => i.UnitCode)
            .Intersect((await fixture.ItemsAsync(thanhTra.Id)).Where(i => i.Selected).Select(i => i.UnitCode));
        warnings.Select(x => x.UnitCode).ShouldBe(both.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_import_a_state_audit_plan_as_exclusions_and_reject_bad_lines()
    {
        var plan = await fixture.CreateAsync(AuthorityCode.NoiVu, 2034);
        var bad = await fixture.Supervisor(s => s.ImportStateAuditCsvAsync(plan.Id, "unit_code,content\nSO-TC,Ngân sách 2034\nNO-SUCH,x\nSO-YT,\n", plan.ConcurrencyStamp));
        bad.Succeeded.ShouldBeFalse();
        bad.Errors.Select(e => e.Line).ShouldBe([3, 4]);
        (await fixture.GetAsync(plan.Id)).Adjustments.ShouldBeEmpty();

        var ok = await fixture.Supervisor(s => s.ImportStateAuditCsvAsync(plan.Id, "unit_code,content\nSO-TC,Ngân sách 2034\nso-yt,\"Đầu tư công, y tế\"\n", plan.ConcurrencyStamp));
        ok.ShouldBe(new StateAuditImportResultDto(true, 2, []));
        plan = await fixture.GetAsync(plan.Id);
        plan.Adjustments.ShouldAllBe(a => a.Kind == AdjustmentKind.Excluded && a.Source == AdjustmentSource.StateAudit);
        plan.Adjustments.Select(a => a.UnitCode).ShouldBe(["SO-TC", "SO-YT"]);

        plan = await fixture.Supervisor(s => s.AddAdjustmentAsync(plan.Id, new AddPlanAdjustmentDto("SO-YT", AdjustmentKind.Mandatory, "khiếu nại", plan.ConcurrencyStamp)));
        plan = await fixture.DrawAsync(plan, "SA-2034");
        var items = await fixture.ItemsAsync(plan.Id);
        items.Single(i => i.UnitCode == "SO-TC").ShouldSatisfyAllConditions(
            i => i.Selected.ShouldBeFalse(), i => i.Reason.ShouldBe("ExcludedOverlap"), i => i.Detail.ShouldContain("Ngân sách 2034"));
        items.Single(i => i.UnitCode == "SO-YT").Reason.ShouldBe("Mandatory");
        var warning = (await fixture.Supervisor(s => s.GetOverlapsAsync(plan.Id))).Single(w => w.Kind == PlanOverlapKind.StateAudit);
        warning.UnitCode.ShouldBe("SO-YT");
        warning.Content!.ShouldContain("Đầu tư công, y tế");
    }

    [Fact]
    public async Task Should_refuse_without_the_planning_permissions()
    {
        await Should.ThrowAsync<ForbiddenException>(() => fixture.As("inspector", s => s.GetListAsync(new GetAnnualPlanListInput())));
        await Should.ThrowAsync<ForbiddenException>(() => fixture.As("leader", s => s.CreateAsync(new CreateAnnualPlanDto(AuthorityCode.NoiVu, 2040))));
        var plan = await fixture.DrawAsync(await fixture.CreateAsync(AuthorityCode.NoiVu, 2040), "P");
        await Should.ThrowAsync<ForbiddenException>(() => fixture.As("leader", s => s.DrawAsync(plan.Id, new DrawPlanDto("x", plan.ConcurrencyStamp))));
        await Should.ThrowAsync<ForbiddenException>(() => fixture.As("unitrep", s => s.GetAsync(plan.Id)));
        await Should.ThrowAsync<ForbiddenException>(() => fixture.As("inspector", s => s.ApproveAsync(plan.Id, new PlanCommandDto(plan.ConcurrencyStamp))));
        (await fixture.GetAsync(plan.Id)).Status.ShouldBe(PlanStatus.Draft);
        // Leadership reads and approves.
        (await fixture.As("leader", s => s.ApproveAsync(plan.Id, new PlanCommandDto(plan.ConcurrencyStamp)))).Status.ShouldBe(PlanStatus.Approved);
    }

    [Fact]
    public async Task Should_refuse_a_stale_concurrency_stamp_and_change_nothing()
    {
        var plan = await fixture.CreateAsync(AuthorityCode.NoiVu, 2041);
        var drawn = await fixture.DrawAsync(plan, "first");
        await Should.ThrowAsync<ConcurrencyConflictException>(() => fixture.DrawAsync(plan, "second")); // stamp from before the first draw
        await Should.ThrowAsync<ConcurrencyConflictException>(() => fixture.Supervisor(s => s.AddAdjustmentAsync(plan.Id,
            new AddPlanAdjustmentDto("SO-TC", AdjustmentKind.Mandatory, "x", plan.ConcurrencyStamp))));
        var now = await fixture.GetAsync(plan.Id);
        now.Seed.ShouldBe("first");
        now.Adjustments.ShouldBeEmpty();
        now.ConcurrencyStamp.ShouldBe(drawn.ConcurrencyStamp);
    }

    [Fact]
    public async Task Should_refuse_bad_input_with_field_errors()
    {
        var plan = await fixture.CreateAsync(AuthorityCode.NoiVu, 2042);
        var error = await Should.ThrowAsync<InputValidationException>(() => fixture.DrawAsync(plan, " "));
        error.Errors.Keys.ShouldContain("Seed");
        (await Should.ThrowAsync<BusinessException>(() => fixture.Supervisor(s => s.AddAdjustmentAsync(plan.Id,
            new AddPlanAdjustmentDto("NO-SUCH", AdjustmentKind.Mandatory, "x", plan.ConcurrencyStamp))))).Code.ShouldBe(PlanningErrorCodes.UnitNotInUniverse);
        (await Should.ThrowAsync<BusinessException>(() => fixture.CreateAsync(AuthorityCode.NoiVu, 2042))).Code.ShouldBe(PlanningErrorCodes.PlanAlreadyExists);
        await Should.ThrowAsync<InputValidationException>(() => fixture.Supervisor(s => s.CreateAsync(new CreateAnnualPlanDto(AuthorityCode.NoiVu, 2043, Rate: 0m))));
    }

    [Fact]
    public async Task Should_export_the_annex_with_every_unit_and_its_reason_as_csv_and_xlsx()
    {
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("vi");
        var plan = await fixture.ApprovedPlanAsync(AuthorityCode.NoiVu, 2044, "EX-2044");
        var csv = await fixture.Supervisor(s => s.ExportAsync(plan.Id, PlanExportFormat.Csv));
        csv.FileName.ShouldBe("annual-plan-noivu-2044.csv");
        var text = System.Text.Encoding.UTF8.GetString(csv.Content).TrimStart('\uFEFF');
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(111); // header + 110 units (Sở Nội vụ is not in its own universe)
        lines[0].ShouldStartWith("STT,Mã đơn vị,Tên đơn vị,Khối,Được chọn,Mã lý do,Diễn giải");
        lines.Count(l => l.Contains(",có,")).ShouldBe(23);

        var xlsx = await fixture.Supervisor(s => s.ExportAsync(plan.Id, PlanExportFormat.Xlsx));
        var read = new InspectionSuite.Documents.XlsxTableReader().Read(xlsx.Content);
        read.Rows.Count.ShouldBe(110); // 111 registered units less Sở Nội vụ itself
        read.Title.ShouldContain("EX-2044");
    }
}
