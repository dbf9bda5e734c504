using InspectionSuite.Csv;
using InspectionSuite.Sampling;

namespace InspectionSuite.Planning;

/// <summary>
/// Annual plans: permission, validation, loading and saving around <see cref="AnnualPlanManager"/> (the draw, universe,
/// approval and top-ups with their planned cases, coverage) and the plan's own intention methods; overlaps and the annex
/// export. Read: Planning.Default; draw, adjust, import, top-up, completion: Planning.Draw; approve, close: Planning.Approve.
/// </summary>
public sealed class AnnualPlanAppService(
    IPermissionChecker permissions,
    IRepository<AnnualPlan> plans,
    IRepository<PlanItem> items,
    IRepository<Unit> units,
    IRepository<Authority> authorities,
    AnnualPlanManager manager,
    IUnitOfWork uow,
    ICurrentUser currentUser,
    TimeProvider time,
    IOptions<PlanningOptions> options,
    InspectionSuiteLocalizer l,
    IValidationPipeline validation) : IAnnualPlanAppService
{
    private static readonly StringComparer Codes = StringComparer.OrdinalIgnoreCase;

    public static readonly PlanUnitCsv<string> StateAuditCsv = new("unit_code", ["content"], "unit_code,content",
        content => content.Length == 0 ? (null, "content is empty") : (content, null));

    // The page's spelling (UnitCode,RiskScore) and the CLI's (unit_code,score) are both accepted.
    public static readonly PlanUnitCsv<int> RiskScoreCsv = new("UnitCode", ["RiskScore", "score"], "UnitCode,RiskScore",
        text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score <= PlanningConsts.MaxRiskScore
            ? (score, null)
            : (0, $"RiskScore '{text}' is not a whole number from {PlanningConsts.MinRiskScore} to {PlanningConsts.MaxRiskScore}"),
        (code, firstLine) => $"unit '{code}' is already scored on line {firstLine}");

    public async Task<PagedResultDto<AnnualPlanSummaryDto>> GetListAsync(GetAnnualPlanListInput input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Default, ct);
        var query = plans.Query();
        if (input.Year is { } year) query = query.Where(p => p.Year == year);
        if (input.Authority is { } authority) query = query.Where(p => p.Authority == authority);
        if (input.Status is { } status) query = query.Where(p => p.Status == status);
        var total = await plans.CountAsync(query, ct);
        var page = await plans.ToListAsync(query.OrderByDescending(p => p.Year).ThenBy(p => p.Authority).Skip(input.Skip).Take(input.Take)
            .Select(p => new AnnualPlanSummaryDto(p.Id, p.Authority, p.Year, p.Status, p.Seed, p.Items.Count, p.Items.Count(i => i.Selected),
                p.Amendments.Count, p.ApprovedAt, p.ConcurrencyStamp)), ct);
        return new PagedResultDto<AnnualPlanSummaryDto>(page, total);
    }

    public async Task<AnnualPlanDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Default, ct);
        return await ToDtoAsync(await LoadAsync(id, ct), ct);
    }

    public async Task<PagedResultDto<PlanItemDto>> GetItemsAsync(Guid id, GetPlanItemListInput input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Default, ct);
        if (!await plans.AnyAsync(plans.Query().Where(p => p.Id == id), ct)) throw new EntityNotFoundException(nameof(AnnualPlan), id);
        var query = items.Query().Where(i => i.PlanId == id);
        if (input.Stratum is { } stratum) query = query.Where(i => i.Stratum == stratum);
        if (!string.IsNullOrWhiteSpace(input.Reason))
        {
            if (!SelectionReasonCodes.TryParse(input.Reason, out var reason))
                throw new InputValidationException(nameof(input.Reason), "Validation.Invalid");
            query = query.Where(i => i.Reason == reason);
        }
        if (input.Selected is { } selected) query = query.Where(i => i.Selected == selected);
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var f = input.Filter.Trim();
            query = query.Where(i => i.UnitCode.Contains(f) || i.UnitName.Contains(f));
        }
        var total = await items.CountAsync(query, ct);
        query = (input.Sorting ?? "code").ToLowerInvariant() switch
        {
            "name" => query.OrderBy(i => i.UnitName).ThenBy(i => i.UnitCode),
            "reason" => query.OrderBy(i => i.Reason).ThenBy(i => i.UnitCode),
            "selected" => query.OrderByDescending(i => i.Selected).ThenBy(i => i.UnitCode),
            "added" => query.OrderBy(i => i.AddedAt).ThenBy(i => i.UnitCode), // Thanh tra tỉnh's list, in the order entered
            _ => query.OrderBy(i => i.UnitCode),
        };
        var page = await items.ToListAsync(query.Skip(input.Skip).Take(input.Take), ct);
        return new PagedResultDto<PlanItemDto>(page.Select(ToDto).ToList(), total);
    }

    public async Task<AnnualPlanDto> CreateAsync(CreateAnnualPlanDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        await validation.ValidateAsync(input, ct);
        if (await plans.AnyAsync(plans.QueryIncludingDeleted().Where(p => p.Authority == input.Authority && p.Year == input.Year), ct))
            throw new BusinessException(PlanningErrorCodes.PlanAlreadyExists, input.Authority, input.Year);
        var plan = new AnnualPlan(Guid.NewGuid(), input.Authority, input.Year, input.Rate, input.CooldownYears, input.AsOf);
        await plans.InsertAsync(plan, ct);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<AnnualPlanDto> DrawAsync(Guid id, DrawPlanDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        await validation.ValidateAsync(input, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        await manager.DrawAsync(plan, input.Seed.Trim(), ct);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<AnnualPlanDto> AddAdjustmentAsync(Guid id, AddPlanAdjustmentDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        await validation.ValidateAsync(input, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        plan.Adjust(await manager.UniverseCodeAsync(plan, input.UnitCode, ct), input.Kind, input.Reason);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<AnnualPlanDto> RemoveAdjustmentAsync(Guid id, Guid adjustmentId, PlanCommandDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        plan.RemoveAdjustment(adjustmentId);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<StateAuditImportResultDto> ImportStateAuditCsvAsync(Guid id, string csvText, string concurrencyStamp, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        var plan = await LoadForUpdateAsync(id, concurrencyStamp, ct);
        if (plan.Status != PlanStatus.Draft) throw new BusinessException(PlanningErrorCodes.PlanStatusInvalid, plan.Status, "adjusted");
        var read = StateAuditCsv.Read(csvText, await manager.UniverseCodesAsync(plan, ct), plan.AsOf);
        if (!read.Succeeded) return new StateAuditImportResultDto(false, 0, read.Errors) { MoreErrors = read.MoreErrors };
        plan.ReplaceStateAuditExclusions(read.Rows);
        await uow.SaveChangesAsync(ct);
        return new StateAuditImportResultDto(true, plan.Adjustments.Count(a => a.Source == AdjustmentSource.StateAudit), []);
    }

    public async Task<AnnualPlanDto> SetRiskScoreAsync(Guid id, SetPlanRiskScoreDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        await validation.ValidateAsync(input, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        plan.SetRiskScore(await manager.UniverseCodeAsync(plan, input.UnitCode, ct), input.Score);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<PlanItemDto> ScheduleItemAsync(Guid id, SchedulePlanItemDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        await validation.ValidateAsync(input, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        var code = input.UnitCode.Trim();
        plan.ScheduleItem(code, input.PlannedMonth, input.PlannedQuarter);
        await uow.SaveChangesAsync(ct);
        return ToDto(plan.FindItem(code)!);
    }

    public async Task<RiskScoreImportResultDto> ImportRiskScoresCsvAsync(Guid id, string csvText, string concurrencyStamp, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        var plan = await LoadForUpdateAsync(id, concurrencyStamp, ct);
        if (plan.Status != PlanStatus.Draft) throw new BusinessException(PlanningErrorCodes.PlanStatusInvalid, plan.Status, "adjusted");
        var read = RiskScoreCsv.Read(csvText, await manager.UniverseCodesAsync(plan, ct), plan.AsOf);
        if (!read.Succeeded) return new RiskScoreImportResultDto(false, 0, read.Errors) { MoreErrors = read.MoreErrors };
        plan.ReplaceRiskScores(read.Rows);
        await uow.SaveChangesAsync(ct);
        return new RiskScoreImportResultDto(true, read.Rows.Count, []);
    }

    public async Task<PlanItemDto> AddListItemAsync(Guid id, AddPlanListItemDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        await validation.ValidateAsync(input, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        // A đột xuất item on an approved plan creates its case: both or neither.
        var item = await uow.InTransactionAsync(async () =>
        {
            var added = await manager.AddListItemAsync(plan, input.UnitCode, input.Subject, input.LegalBasis, input.Origin,
                input.PlannedMonth, input.PlannedQuarter, currentUser.Id, ct);
            await uow.SaveChangesAsync(ct);
            return added;
        }, ct);
        return ToDto(item);
    }

    public async Task<AnnualPlanDto> RemoveListItemAsync(Guid id, Guid itemId, PlanCommandDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        plan.RemoveListItem(itemId);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    /// <summary>
    /// A plan command that also creates the planned cases (approve, top-up): the plan's change and its cases are saved in
    /// one transaction, both or neither.
    /// </summary>
    private Task SaveTogetherAsync(Func<Task> change, CancellationToken ct) => uow.InTransactionAsync(async () =>
    {
        await change();
        await uow.SaveChangesAsync(ct);
        return true;
    }, ct);

    public async Task<AnnualPlanDto> ApproveAsync(Guid id, PlanCommandDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Approve, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        await SaveTogetherAsync(() => manager.ApproveAsync(plan, currentUser.Id, ct), ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<AnnualPlanDto> TopUpAsync(Guid id, TopUpPlanDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        await validation.ValidateAsync(input, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        await SaveTogetherAsync(() => manager.TopUpAsync(plan, input.DepartmentCount, input.LocalCount, input.Seed.Trim(), input.Note,
            options.Value.AlertFromIn(plan.Year), ct), ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<AnnualPlanDto> MarkItemCompletedAsync(Guid id, MarkItemCompletedDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        await validation.ValidateAsync(input, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        plan.MarkCompleted(input.UnitCode.Trim(), input.CompletedOn);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<AnnualPlanDto> CloseAsync(Guid id, PlanCommandDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Approve, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        plan.Close(Now);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<IReadOnlyList<PlanOverlapDto>> GetOverlapsAsync(Guid id, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Default, ct);
        var plan = await LoadAsync(id, ct);
        var selected = plan.Items.Where(i => i.Selected).ToDictionary(i => i.UnitCode, Codes);
        var codes = selected.Keys.ToList();
        var others = await plans.ToListAsync(
            from p in plans.Query()
            where p.Year == plan.Year && p.Authority != plan.Authority && p.Status != PlanStatus.Closed
            join i in items.Query() on p.Id equals i.PlanId
            where i.Selected && codes.Contains(i.UnitCode)
            select new { PlanId = p.Id, p.Authority, p.Status, i.UnitCode, i.Reason }, ct);
        var warnings = others
            .Select(o => new PlanOverlapDto(PlanOverlapKind.OtherAuthority, selected[o.UnitCode].UnitCode, selected[o.UnitCode].UnitName, plan.Id, plan.Authority, plan.Status,
                o.PlanId, o.Authority, o.Status, o.Reason.ToString(), null))
            .ToList();
        warnings.AddRange(plan.Adjustments
            .Where(a => a.Source == AdjustmentSource.StateAudit && selected.ContainsKey(a.UnitCode))
            .Select(a => new PlanOverlapDto(PlanOverlapKind.StateAudit, selected[a.UnitCode].UnitCode, selected[a.UnitCode].UnitName, plan.Id, plan.Authority, plan.Status,
                null, null, null, selected[a.UnitCode].Reason.ToString(), a.Reason)));
        return warnings.OrderBy(w => w.UnitCode, StringComparer.Ordinal).ThenBy(w => w.Kind).ToList();
    }

    public async Task<PlanCoverageDto> GetCoverageAsync(Guid id, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Default, ct);
        var plan = await LoadAsync(id, ct);
        var c = await manager.ComputeCoverageAsync(plan, options.Value.AlertFromIn(plan.Year), ct);
        static StratumCoverageDto Dto(StratumCoverage s) => new(s.Stratum, s.N, s.Quota, s.Planned, s.Completed, s.ProjectedCompleted, s.CoverageRate, s.ProjectedRate, s.Alert);
        return new PlanCoverageDto(plan.Id, c.Today, c.ElapsedFraction, c.AlertFrom, c.AlertActive, c.TargetRate,
            c.Strata.Select(Dto).ToList(), Dto(c.Overall), c.AnyAlert,
            AnnualPlanManager.SuggestedTopUp(c, Stratum.Department), AnnualPlanManager.SuggestedTopUp(c, Stratum.Local));
    }

    public async Task<PlanExportFileDto> ExportAsync(Guid id, PlanExportFormat format, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Default, ct);
        var plan = await LoadAsync(id, ct);
        var en = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var authority = await authorities.FirstOrDefaultAsync(authorities.Query().Where(a => a.Code == plan.Authority), ct);
        var authorityName = authority is null ? plan.Authority.ToString() : en ? authority.NameEn : authority.NameVi;
        // The CSV keeps the reason codes and the engine's detail (its contract); the .xlsx annex is read by people: the reason
        // and the detail sentence in words of the reader's language, as on the plan page.
        var csv = format == PlanExportFormat.Csv;
        var draw = $"seed \"{plan.Seed}\", {plan.AlgorithmVersion}, {l["PlanStatus." + plan.Status]}";
        var export = new TabularExport(
            l["Plan.Export.Title", authorityName, draw, plan.Year],
            [
                new TabularColumn(l["Plan.Export.No"], ColumnType.Integer, 6),
                new TabularColumn(l["Plan.Export.Code"], ColumnType.Text, 14),
                new TabularColumn(l["Plan.Export.Name"], ColumnType.Text, 40),
                new TabularColumn(l["Plan.Export.Stratum"], ColumnType.Text, 24),
                new TabularColumn(l["Plan.Export.Selected"], ColumnType.Text, 10),
                csv ? new TabularColumn(l["Plan.Export.Reason"], ColumnType.Text, 22) : new TabularColumn(l["Plan.Export.ReasonText"], ColumnType.Text, 36),
                new TabularColumn(l["Plan.Export.Detail"], ColumnType.Text, 80),
                new TabularColumn(l["Plan.Export.Amendment"], ColumnType.Integer, 10),
            ],
            plan.Items.OrderByDescending(i => i.Selected).ThenBy(i => i.Stratum).ThenBy(i => i.UnitCode, StringComparer.Ordinal)
                .Select((i, n) => (IReadOnlyList<object?>)
                [
                    n + 1, i.UnitCode, i.UnitName, l["Stratum." + i.Stratum], i.Selected ? l["Plan.Export.Yes"] : l["Plan.Export.No.Value"],
                    csv ? i.Reason.Code() : l[i.Reason.TextKey()], csv ? i.Detail : SamplingDetailText.Of(l, i), i.Amendment,
                ]).ToList());
        var name = $"annual-plan-{plan.Authority}-{plan.Year}".ToLowerInvariant();
        return csv
            ? new PlanExportFileDto(name + ".csv", "text/csv; charset=utf-8", TabularCsvWriter.WriteUtf8(export))
            : new PlanExportFileDto(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                new XlsxTableWriter().Write(export, l["Plan.Export.Sheet"]));
    }

    // ----- helpers

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task<AnnualPlan> LoadAsync(Guid id, CancellationToken ct)
        => await plans.FirstOrDefaultAsync(plans.Query().Where(p => p.Id == id), ct) ?? throw new EntityNotFoundException(nameof(AnnualPlan), id);

    private async Task<AnnualPlan> LoadForUpdateAsync(Guid id, string? concurrencyStamp, CancellationToken ct)
    {
        var plan = await LoadAsync(id, ct);
        plans.ExpectConcurrencyStamp(plan, concurrencyStamp);
        // A stale stamp fails on save; failing now keeps a doomed command from doing the work first.
        if (!string.IsNullOrEmpty(concurrencyStamp) && concurrencyStamp != plan.ConcurrencyStamp) throw new ConcurrencyConflictException(nameof(AnnualPlan));
        return plan;
    }

    private async Task<AnnualPlanDto> ToDtoAsync(AnnualPlan p, CancellationToken ct)
    {
        var adjustmentCodes = p.Adjustments.Select(a => a.UnitCode).Concat(p.RiskScores.Select(r => r.UnitCode)).Distinct().ToList();
        var names = adjustmentCodes.Count == 0
            ? new Dictionary<string, string>()
            : (await units.ToListAsync(units.Query().Where(u => adjustmentCodes.Contains(u.Code)).Select(u => new { u.Code, u.Name }), ct)).ToDictionary(x => x.Code, x => x.Name, Codes);
        var strata = p.Items.GroupBy(i => i.Stratum).OrderBy(g => g.Key)
            .Select(g => new PlanStratumDto(g.Key, g.Count(), (int)Math.Ceiling(p.Rate * g.Count()), g.Count(i => i.Selected)))
            .ToList();
        return new AnnualPlanDto(p.Id, p.Authority, p.Year, p.Status, p.Rate, p.CooldownYears, p.AsOf, p.Seed, p.AlgorithmVersion, p.DrawnAt, p.DrawIsStale,
            p.ApprovedAt, p.ClosedAt, strata,
            p.Adjustments.OrderBy(a => a.Kind).ThenBy(a => a.UnitCode, StringComparer.Ordinal)
                .Select(a => new PlanAdjustmentDto(a.Id, a.UnitCode, names.GetValueOrDefault(a.UnitCode), a.Kind, a.Reason, a.Source)).ToList(),
            p.Amendments.OrderBy(a => a.Number).Select(a => new PlanAmendmentDto(a.Number, a.Seed, a.AlgorithmVersion, a.AddedUnits, a.Note, a.CreatedAt)).ToList(),
            p.Items.Count(i => i.CaseId != null), p.ConcurrencyStamp)
        {
            Mode = p.Mode,
            RiskScores = p.RiskScores.OrderBy(r => r.UnitCode, StringComparer.Ordinal).Select(r => new PlanRiskScoreDto(r.UnitCode, names.GetValueOrDefault(r.UnitCode), r.Score)).ToList(),
        };
    }

    private PlanItemDto ToDto(PlanItem i) => new(i.Id, i.UnitCode, i.UnitName, i.Kind, i.Stratum, i.Selected, i.Reason.ToString(), i.Detail,
        i.LastCheckedYear, i.RiskScore, i.Amendment, i.CaseId, i.CompletedOn) {
            DetailText = SamplingDetailText.Of(l, i),
            PlannedMonth = i.PlannedMonth, PlannedQuarter = i.PlannedQuarter, Origin = i.Origin, Subject = i.Subject, AddedBy = i.AddedBy, AddedAt = i.AddedAt,
        };
}
