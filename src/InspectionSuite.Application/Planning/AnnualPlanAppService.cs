using System.Globalization;
using FluentValidation;
using InspectionSuite.Application.Documents;
using InspectionSuite.Csv;
using InspectionSuite.Localization;
using InspectionSuite.Organization;
using InspectionSuite.Permissions;
using InspectionSuite.Sampling;
using InspectionSuite.Validation;
using Microsoft.Extensions.Options;

namespace InspectionSuite.Planning;

/// <summary>
/// Annual plans: the draw through <see cref="SamplingEngine"/>, adjustments, approval (freeze + planned cases),
/// top-up amendments, coverage, overlaps and the annex export. Read: Planning.Default; draw, adjust, import,
/// top-up, completion: Planning.Draw; approve, close: Planning.Approve.
/// </summary>
public sealed class AnnualPlanAppService(
    IPermissionChecker permissions,
    IRepository<AnnualPlan> plans,
    IRepository<PlanItem> items,
    IRepository<Unit> units,
    IRepository<UnitSuccession> successions,
    IRepository<Authority> authorities,
    ICompletedCheckSource completedChecks,
    IEnumerable<IPlannedCaseFactory> caseFactories,
    IUnitOfWork uow,
    ICurrentUser currentUser,
    TimeProvider time,
    IOptions<PlanningOptions> options,
    InspectionSuiteLocalizer l,
    IValidator<CreateAnnualPlanDto> createValidator,
    IValidator<DrawPlanDto> drawValidator,
    IValidator<AddPlanAdjustmentDto> adjustValidator,
    IValidator<TopUpPlanDto> topUpValidator,
    IValidator<MarkItemCompletedDto> completedValidator,
    IValidator<SetPlanRiskScoreDto> riskValidator) : IAnnualPlanAppService
{
    private static readonly StringComparer Codes = StringComparer.OrdinalIgnoreCase;

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
            if (!Enum.TryParse<SelectionReason>(input.Reason.Trim(), ignoreCase: true, out var reason) || !Enum.IsDefined(reason))
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
            _ => query.OrderBy(i => i.UnitCode),
        };
        var page = await items.ToListAsync(query.Skip(input.Skip).Take(input.Take), ct);
        return new PagedResultDto<PlanItemDto>(page.Select(ToDto).ToList(), total);
    }

    public async Task<AnnualPlanDto> CreateAsync(CreateAnnualPlanDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        await createValidator.ValidateOrThrowAsync(input, ct);
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
        await drawValidator.ValidateOrThrowAsync(input, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        var (request, names) = await BuildRequestAsync(plan, input.Seed.Trim(), ct);
        var result = SamplingEngine.Select(request);
        plan.RecordDraw(result, PlanDraws.Serialize(request), names, Now);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<AnnualPlanDto> AddAdjustmentAsync(Guid id, AddPlanAdjustmentDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        await adjustValidator.ValidateOrThrowAsync(input, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        var universe = await UniverseCodesAsync(plan, ct);
        var code = universe.GetValueOrDefault(input.UnitCode.Trim()) ?? throw new BusinessException(PlanningErrorCodes.UnitNotInUniverse, input.UnitCode.Trim());
        plan.Adjust(code, input.Kind, input.Reason);
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
        IReadOnlyList<string> header;
        IReadOnlyList<CsvRecord> records;
        try { (header, records) = CsvReader.ParseWithHeader(csvText ?? ""); }
        catch (FormatException ex) { return Failed(new PlanImportLineError(1, ex.Message)); }
        var codeColumn = IndexOf(header, "unit_code");
        var contentColumn = IndexOf(header, "content");
        if (codeColumn < 0 || contentColumn < 0) return Failed(new PlanImportLineError(1, "expected header unit_code,content"));

        var universe = await UniverseCodesAsync(plan, ct);
        var errors = new List<PlanImportLineError>();
        var rows = new List<(string, string)>();
        foreach (var r in records)
        {
            var code = r[codeColumn].Trim();
            var content = r[contentColumn].Trim();
            if (code.Length == 0) errors.Add(new(r.Line, "unit_code is empty"));
            else if (!universe.TryGetValue(code, out var registered)) errors.Add(new(r.Line, $"unit '{code}' is not in the register on {plan.AsOf:yyyy-MM-dd}"));
            else if (content.Length == 0) errors.Add(new(r.Line, "content is empty"));
            else rows.Add((registered, content));
        }
        if (errors.Count > 0)
        {
            var (shown, more) = CsvLimits.Cap(errors);
            return new StateAuditImportResultDto(false, 0, shown) { MoreErrors = more };
        }
        plan.ReplaceStateAuditExclusions(rows);
        await uow.SaveChangesAsync(ct);
        return new StateAuditImportResultDto(true, plan.Adjustments.Count(a => a.Source == AdjustmentSource.StateAudit), []);

        static StateAuditImportResultDto Failed(PlanImportLineError e) => new(false, 0, [e]);
        static int IndexOf(IReadOnlyList<string> h, string name)
        {
            for (var i = 0; i < h.Count; i++) if (string.Equals(h[i].Trim(), name, StringComparison.OrdinalIgnoreCase)) return i;
            return -1;
        }
    }

    public async Task<AnnualPlanDto> SetRiskScoreAsync(Guid id, SetPlanRiskScoreDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        await riskValidator.ValidateOrThrowAsync(input, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        var universe = await UniverseCodesAsync(plan, ct);
        var code = universe.GetValueOrDefault(input.UnitCode.Trim()) ?? throw new BusinessException(PlanningErrorCodes.UnitNotInUniverse, input.UnitCode.Trim());
        plan.SetRiskScore(code, input.Score);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<RiskScoreImportResultDto> ImportRiskScoresCsvAsync(Guid id, string csvText, string concurrencyStamp, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        var plan = await LoadForUpdateAsync(id, concurrencyStamp, ct);
        if (plan.Status != PlanStatus.Draft) throw new BusinessException(PlanningErrorCodes.PlanStatusInvalid, plan.Status, "adjusted");
        IReadOnlyList<string> header;
        IReadOnlyList<CsvRecord> records;
        try { (header, records) = CsvReader.ParseWithHeader(csvText ?? ""); }
        catch (FormatException ex) { return Failed(new PlanImportLineError(1, ex.Message)); }
        // The page's spelling (UnitCode,RiskScore) and the CLI's (unit_code,score) are both accepted.
        var codeColumn = IndexOf(header, "unitcode");
        var scoreColumn = IndexOf(header, "riskscore") is >= 0 and var rs ? rs : IndexOf(header, "score");
        if (codeColumn < 0 || scoreColumn < 0) return Failed(new PlanImportLineError(1, "expected header UnitCode,RiskScore"));

        var universe = await UniverseCodesAsync(plan, ct);
        var errors = new List<PlanImportLineError>();
        var rows = new List<(string, int)>();
        var seen = new Dictionary<string, int>(Codes);
        foreach (var r in records)
        {
            var code = r[codeColumn].Trim();
            var text = r[scoreColumn].Trim();
            if (code.Length == 0) errors.Add(new(r.Line, "UnitCode is empty"));
            else if (!universe.TryGetValue(code, out var registered)) errors.Add(new(r.Line, $"unit '{code}' is not in the register on {plan.AsOf:yyyy-MM-dd}"));
            else if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var score) || score > PlanningConsts.MaxRiskScore)
                errors.Add(new(r.Line, $"RiskScore '{text}' is not a whole number from {PlanningConsts.MinRiskScore} to {PlanningConsts.MaxRiskScore}"));
            else if (seen.TryGetValue(registered, out var first)) errors.Add(new(r.Line, $"unit '{code}' is already scored on line {first}"));
            else
            {
                seen[registered] = r.Line;
                rows.Add((registered, score));
            }
        }
        if (errors.Count > 0)
        {
            var (shown, more) = CsvLimits.Cap(errors);
            return new RiskScoreImportResultDto(false, 0, shown) { MoreErrors = more };
        }
        plan.ReplaceRiskScores(rows);
        await uow.SaveChangesAsync(ct);
        return new RiskScoreImportResultDto(true, rows.Count, []);

        static RiskScoreImportResultDto Failed(PlanImportLineError e) => new(false, 0, [e]);
        static int IndexOf(IReadOnlyList<string> h, string name)
        {
            for (var i = 0; i < h.Count; i++) if (string.Equals(h[i].Trim().Replace("_", ""), name, StringComparison.OrdinalIgnoreCase)) return i;
            return -1;
        }
    }

    public async Task<AnnualPlanDto> ApproveAsync(Guid id, PlanCommandDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Approve, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        if (plan.Status != PlanStatus.Draft) throw new BusinessException(PlanningErrorCodes.PlanStatusInvalid, plan.Status, "approved");
        if (plan.Seed is null || plan.DrawIsStale) throw new BusinessException(PlanningErrorCodes.DrawMissingOrStale);
        var (request, _) = await BuildRequestAsync(plan, plan.Seed, ct);
        await uow.InTransactionAsync(async () =>
        {
            plan.Approve(PlanDraws.Serialize(request), currentUser.Id, Now);
            await CreateCasesAsync(plan, plan.Items.Where(i => i.Selected).ToList(), ct);
            await uow.SaveChangesAsync(ct);
            return true;
        }, ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<AnnualPlanDto> TopUpAsync(Guid id, TopUpPlanDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        await topUpValidator.ValidateOrThrowAsync(input, ct);
        var plan = await LoadForUpdateAsync(id, input.ConcurrencyStamp, ct);
        if (plan.Status != PlanStatus.Approved || plan.InputsJson is null) throw new BusinessException(PlanningErrorCodes.PlanStatusInvalid, plan.Status, "topped up");
        var coverage = await ComputeCoverageAsync(plan, ct);
        var counts = new Dictionary<Stratum, int>
        {
            [Stratum.Department] = input.DepartmentCount ?? SuggestedTopUp(coverage, Stratum.Department),
            [Stratum.Local] = input.LocalCount ?? SuggestedTopUp(coverage, Stratum.Local),
        };
        if (counts.Values.All(c => c == 0)) throw new InputValidationException(nameof(input.LocalCount), "Validation.Required");

        var frozen = PlanDraws.Deserialize(plan.InputsJson);
        var selected = plan.Items.Where(i => i.Selected).Select(i => i.UnitCode).ToHashSet(Codes);
        var seed = input.Seed.Trim();
        var requests = new List<SamplingRequest>();
        var results = new List<SamplingResult>();
        foreach (var (stratum, count) in counts.Where(c => c.Value > 0).OrderBy(c => c.Key))
        {
            var request = PlanDraws.TopUpRequest(frozen, selected, stratum, count, seed);
            var result = request is null ? null : SamplingEngine.Select(request);
            if (result is null || !result.Units.Any(u => u.Selected)) throw new BusinessException(PlanningErrorCodes.TopUpNothingToAdd, stratum);
            requests.Add(PlanDraws.Canonical(request!));
            results.Add(result);
        }
        await uow.InTransactionAsync(async () =>
        {
            var added = plan.RecordTopUp(results, seed, "[" + string.Join(",", requests.Select(PlanDraws.Serialize)) + "]", input.Note, Now);
            await CreateCasesAsync(plan, added, ct);
            await uow.SaveChangesAsync(ct);
            return true;
        }, ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<AnnualPlanDto> MarkItemCompletedAsync(Guid id, MarkItemCompletedDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Draw, ct);
        await completedValidator.ValidateOrThrowAsync(input, ct);
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
        var c = await ComputeCoverageAsync(plan, ct);
        static StratumCoverageDto Dto(StratumCoverage s) => new(s.Stratum, s.N, s.Quota, s.Planned, s.Completed, s.ProjectedCompleted, s.CoverageRate, s.ProjectedRate, s.Alert);
        return new PlanCoverageDto(plan.Id, c.Today, c.ElapsedFraction, c.AlertFrom, c.AlertActive, c.TargetRate,
            c.Strata.Select(Dto).ToList(), Dto(c.Overall), c.AnyAlert,
            SuggestedTopUp(c, Stratum.Department), SuggestedTopUp(c, Stratum.Local));
    }

    public async Task<PlanExportFileDto> ExportAsync(Guid id, PlanExportFormat format, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Default, ct);
        var plan = await LoadAsync(id, ct);
        var en = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var authority = await authorities.FirstOrDefaultAsync(authorities.Query().Where(a => a.Code == plan.Authority), ct);
        var authorityName = authority is null ? plan.Authority.ToString() : en ? authority.NameEn : authority.NameVi;
        var draw = $"seed \"{plan.Seed}\", {plan.AlgorithmVersion}, {l["PlanStatus." + plan.Status]}";
        var export = new TabularExport(
            l["Plan.Export.Title", authorityName, draw, plan.Year],
            [
                new TabularColumn(l["Plan.Export.No"], ColumnType.Integer, 6),
                new TabularColumn(l["Plan.Export.Code"], ColumnType.Text, 14),
                new TabularColumn(l["Plan.Export.Name"], ColumnType.Text, 40),
                new TabularColumn(l["Plan.Export.Stratum"], ColumnType.Text, 24),
                new TabularColumn(l["Plan.Export.Selected"], ColumnType.Text, 10),
                new TabularColumn(l["Plan.Export.Reason"], ColumnType.Text, 22),
                new TabularColumn(l["Plan.Export.Detail"], ColumnType.Text, 80),
                new TabularColumn(l["Plan.Export.Amendment"], ColumnType.Integer, 10),
            ],
            plan.Items.OrderByDescending(i => i.Selected).ThenBy(i => i.Stratum).ThenBy(i => i.UnitCode, StringComparer.Ordinal)
                .Select((i, n) => (IReadOnlyList<object?>)
                [
                    n + 1, i.UnitCode, i.UnitName, l["Stratum." + i.Stratum], i.Selected ? l["Plan.Export.Yes"] : l["Plan.Export.No.Value"],
                    i.Reason.ToString(), i.Detail, i.Amendment,
                ]).ToList());
        var name = $"annual-plan-{plan.Authority}-{plan.Year}".ToLowerInvariant();
        return format == PlanExportFormat.Csv
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

    /// <summary>Register codes (as registered) of the units valid on the plan's as-of date.</summary>
    private async Task<Dictionary<string, string>> UniverseCodesAsync(AnnualPlan plan, CancellationToken ct)
    {
        var on = plan.AsOf;
        var list = await units.ToListAsync(units.Query()
            .Where(u => (u.ValidFrom == null || u.ValidFrom <= on) && (u.ValidTo == null || u.ValidTo >= on))
            .Select(u => u.Code), ct);
        return list.ToDictionary(c => c, c => c, Codes);
    }

    /// <summary>The engine request from today's register, completed-check history and the plan's adjustments.</summary>
    private async Task<(SamplingRequest Request, Dictionary<string, string> Names)> BuildRequestAsync(AnnualPlan plan, string seed, CancellationToken ct)
    {
        var register = await units.ToListAsync(units.Query()
            .Select(u => new { u.Code, u.Name, u.Kind, u.ValidFrom, u.ValidTo, Predecessors = u.Predecessors.Select(p => p.PredecessorId).ToList() }), ct);
        var ids = register.SelectMany(u => u.Predecessors).Distinct().ToList();
        var codeOf = ids.Count == 0
            ? new Dictionary<Guid, string>()
            : (await units.ToListAsync(units.QueryIncludingDeleted().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Code }), ct)).ToDictionary(x => x.Id, x => x.Code);
        var history = (await completedChecks.GetCompletedAsync(plan.Authority, PlanningConsts.MinYear, plan.Year - 1, ct))
            .Where(h => h.Authority == plan.Authority)
            .Select(h => new CompletedCheck(h.UnitCode, h.Year, h.Authority))
            .Distinct()
            .ToList();
        var request = new SamplingRequest
        {
            Year = plan.Year,
            Authority = plan.Authority,
            Seed = seed,
            Rate = plan.Rate,
            CooldownYears = plan.CooldownYears,
            AsOf = plan.AsOf,
            Units = register.Select(u => new SamplingUnit(u.Code, u.Kind, u.ValidFrom, u.ValidTo,
                u.Predecessors.Count == 0 ? null : u.Predecessors.Select(p => codeOf.GetValueOrDefault(p, "?")).ToArray())).ToList(),
            History = history,
            Mandatory = plan.Adjustments.Where(a => a.Kind == AdjustmentKind.Mandatory).Select(a => new UnitReason(a.UnitCode, a.Reason)).ToList(),
            Excluded = plan.Adjustments.Where(a => a.Kind == AdjustmentKind.Excluded).Select(a => new UnitReason(a.UnitCode, a.Reason)).ToList(),
            Risks = plan.RiskScores.Select(r => new RiskScore(r.UnitCode, r.Score)).ToList(),
        };
        return (PlanDraws.Canonical(request), register.ToDictionary(u => u.Code, u => u.Name, Codes));
    }

    private async Task CreateCasesAsync(AnnualPlan plan, IReadOnlyList<PlanItem> selected, CancellationToken ct)
    {
        // The last registration wins, as for any DI service (a host or a test may replace the cases module's factory).
        var factory = caseFactories.LastOrDefault();
        if (factory is null) return;
        foreach (var item in selected.Where(i => i.CaseId is null))
        {
            var caseId = await factory.CreatePlannedCaseAsync(new PlannedCaseRequest(
                plan.Id, item.Id, plan.Authority, plan.Year, item.Amendment, item.UnitCode, item.UnitName, item.Reason, item.Detail), ct);
            plan.AttachCase(item.UnitCode, caseId);
        }
    }

    private async Task<PlanCoverage> ComputeCoverageAsync(AnnualPlan plan, CancellationToken ct)
    {
        var checks = await completedChecks.GetCompletedAsync(plan.Authority, plan.Year, plan.Year, ct);
        var links = await successions.ToListAsync(successions.Query().Select(x => new { x.PredecessorId, x.SuccessorId }), ct);
        var ids = links.SelectMany(x => new[] { x.PredecessorId, x.SuccessorId }).Distinct().ToList();
        var codeOf = ids.Count == 0
            ? new Dictionary<Guid, string>()
            : (await units.ToListAsync(units.QueryIncludingDeleted().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Code }), ct)).ToDictionary(x => x.Id, x => x.Code);
        var successors = links
            .Where(x => codeOf.ContainsKey(x.PredecessorId) && codeOf.ContainsKey(x.SuccessorId))
            .GroupBy(x => codeOf[x.PredecessorId], Codes)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => codeOf[x.SuccessorId]).ToList(), Codes);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return PlanCoverageCalculator.Compute(plan.Year, plan.Rate,
            plan.Items.Select(i => new PlanCoverageCalculator.Item(i.UnitCode, i.Stratum, i.Selected)).ToList(),
            checks.Where(c => c.Authority == plan.Authority && c.Year == plan.Year).Select(c => c.UnitCode),
            successors, today, options.Value.AlertFromIn(plan.Year));
    }

    /// <summary>The projection's gap to the quota, when the stratum raises an alert.</summary>
    private static int SuggestedTopUp(PlanCoverage coverage, Stratum stratum)
        => coverage.Strata.FirstOrDefault(s => s.Stratum == stratum) is { Alert: true } s
            ? Math.Max(0, s.Quota - (int)Math.Floor(s.ProjectedCompleted))
            : 0;

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
            RiskScores = p.RiskScores.OrderBy(r => r.UnitCode, StringComparer.Ordinal).Select(r => new PlanRiskScoreDto(r.UnitCode, names.GetValueOrDefault(r.UnitCode), r.Score)).ToList(),
        };
    }

    private static PlanItemDto ToDto(PlanItem i) => new(i.Id, i.UnitCode, i.UnitName, i.Kind, i.Stratum, i.Selected, i.Reason.ToString(), i.Detail,
        i.LastCheckedYear, i.RiskScore, i.Amendment, i.CaseId, i.CompletedOn);
}
