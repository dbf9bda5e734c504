namespace InspectionSuite.Planning;

/// <summary>
/// The annual plan's work that needs more than the plan itself (ABP's Manager shape): the universe of units from the
/// register, the draw through <see cref="SamplingEngine"/>, approval and top-ups with the planned cases they create,
/// and coverage. Callers load the plan, check permission and save; nothing here saves.
/// </summary>
public sealed class AnnualPlanManager(
    IRepository<Unit> units,
    IRepository<UnitSuccession> successions,
    ICompletedCheckSource completedChecks,
    IEnumerable<IPlannedCaseFactory> caseFactories,
    TimeProvider time)
{
    private static readonly StringComparer Codes = StringComparer.OrdinalIgnoreCase;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Register codes (as registered) of the units valid on the plan's as-of date, looked up case-insensitively; the
    /// authority's own unit is never among them (<see cref="AuthorityUnits"/>).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> UniverseCodesAsync(AnnualPlan plan, CancellationToken ct = default)
    {
        plan.EnsureDrawMode(); // the universe is the draw's: Thanh tra tỉnh's list names its units one by one
        var on = plan.AsOf;
        var list = await units.ToListAsync(units.Query()
            .Where(u => (u.ValidFrom == null || u.ValidFrom <= on) && (u.ValidTo == null || u.ValidTo >= on))
            .Select(u => u.Code), ct);
        return list.Where(c => !plan.Authority.IsOwnUnit(c)).ToDictionary(c => c, c => c, Codes);
    }

    /// <summary>
    /// The registered spelling of <paramref name="unitCode"/>; refused when the unit is the authority itself or not in
    /// the plan's universe.
    /// </summary>
    public async Task<string> UniverseCodeAsync(AnnualPlan plan, string unitCode, CancellationToken ct = default)
    {
        var code = unitCode.Trim();
        if (plan.Authority.IsOwnUnit(code)) throw new BusinessException(PlanningErrorCodes.OwnUnit, code);
        return (await UniverseCodesAsync(plan, ct)).GetValueOrDefault(code) ?? throw new BusinessException(PlanningErrorCodes.UnitNotInUniverse, code);
    }

    /// <summary>Draws (or draws again) the plan's sample with <paramref name="seed"/> from today's register and history.</summary>
    public async Task DrawAsync(AnnualPlan plan, string seed, CancellationToken ct = default)
    {
        plan.EnsureDrawMode();
        var (request, names) = await BuildRequestAsync(plan, seed, ct);
        plan.RecordDraw(SamplingEngine.Select(request), PlanDraws.Serialize(request), names, Now);
    }

    /// <summary>
    /// Approves the drawn plan: its inputs are frozen and every selected unit gets its planned case. Run it in the
    /// caller's transaction, so that a failed case creation undoes the approval.
    /// </summary>
    public async Task ApproveAsync(AnnualPlan plan, Guid? approverId, CancellationToken ct = default)
    {
        if (plan.Mode == PlanMode.List)
        {
            plan.ApproveList(approverId, Now);
            await CreateCasesAsync(plan, plan.Items.ToList(), ct);
            return;
        }
        if (plan.Status != PlanStatus.Draft) throw new BusinessException(PlanningErrorCodes.PlanStatusInvalid, plan.Status, "approved");
        if (plan.Seed is null || plan.DrawIsStale) throw new BusinessException(PlanningErrorCodes.DrawMissingOrStale);
        var (request, _) = await BuildRequestAsync(plan, plan.Seed, ct);
        plan.Approve(PlanDraws.Serialize(request), approverId, Now);
        await CreateCasesAsync(plan, plan.Items.Where(i => i.Selected).ToList(), ct);
    }

    /// <summary>
    /// Adds units to an approved plan from its frozen inputs (an amendment), per stratum: the count given, or the gap the
    /// coverage projection shows. Run it in the caller's transaction (it creates the new units' planned cases).
    /// </summary>
    public async Task TopUpAsync(AnnualPlan plan, int? departmentCount, int? localCount, string seed, string? note, DateOnly alertFrom, CancellationToken ct = default)
    {
        plan.EnsureDrawMode();
        if (plan.Status != PlanStatus.Approved || plan.InputsJson is null) throw new BusinessException(PlanningErrorCodes.PlanStatusInvalid, plan.Status, "topped up");
        var coverage = await ComputeCoverageAsync(plan, alertFrom, ct);
        var counts = new Dictionary<Stratum, int>
        {
            [Stratum.Department] = departmentCount ?? SuggestedTopUp(coverage, Stratum.Department),
            [Stratum.Local] = localCount ?? SuggestedTopUp(coverage, Stratum.Local),
        };
        if (counts.Values.All(c => c == 0)) throw new InputValidationException("LocalCount", "Validation.Required");

        var frozen = PlanDraws.Deserialize(plan.InputsJson);
        var selected = plan.Items.Where(i => i.Selected).Select(i => i.UnitCode).ToHashSet(Codes);
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
        var added = plan.RecordTopUp(results, seed, "[" + string.Join(",", requests.Select(PlanDraws.Serialize)) + "]", note, Now);
        await CreateCasesAsync(plan, added, ct);
    }

    /// <summary>Coverage of the plan year so far and its projection (<see cref="PlanCoverageCalculator"/>), merges followed.</summary>
    public async Task<PlanCoverage> ComputeCoverageAsync(AnnualPlan plan, DateOnly alertFrom, CancellationToken ct = default)
    {
        plan.EnsureDrawMode(); // no coverage gauge for Thanh tra tỉnh's list: the 20% is Sở Nội vụ's
        var checks = await completedChecks.GetCompletedAsync(plan.Authority, plan.Year, plan.Year, ct);
        var links = await successions.ToListAsync(successions.Query().Select(x => new { x.PredecessorId, x.SuccessorId }), ct);
        var codeOf = await CodesOfAsync(links.SelectMany(x => new[] { x.PredecessorId, x.SuccessorId }).Distinct().ToList(), ct);
        var successors = links
            .Where(x => codeOf.ContainsKey(x.PredecessorId) && codeOf.ContainsKey(x.SuccessorId))
            .GroupBy(x => codeOf[x.PredecessorId], Codes)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => codeOf[x.SuccessorId]).ToList(), Codes);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return PlanCoverageCalculator.Compute(plan.Year, plan.Rate,
            plan.Items.Select(i => new PlanCoverageCalculator.Item(i.UnitCode, i.Stratum, i.Selected)).ToList(),
            checks.Where(c => c.Authority == plan.Authority && c.Year == plan.Year).Select(c => c.UnitCode),
            successors, today, alertFrom);
    }

    /// <summary>
    /// Adds an inspection to Thanh tra tỉnh's list (<see cref="AnnualPlan.AddListItem"/>) for a unit of the register valid
    /// on the plan's as-of date (today once approved, for a đột xuất item). A đột xuất item added after approval gets its
    /// case at once: run it in the caller's transaction.
    /// </summary>
    public async Task<PlanItem> AddListItemAsync(AnnualPlan plan, string unitCode, string subject, string legalBasis, PlanItemOrigin origin,
        int? plannedMonth, int? plannedQuarter, Guid? addedBy, CancellationToken ct = default)
    {
        var code = (unitCode ?? "").Trim();
        if (plan.Authority.IsOwnUnit(code)) throw new BusinessException(PlanningErrorCodes.OwnUnit, code);
        var on = plan.Status == PlanStatus.Draft ? plan.AsOf : DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var valid = await units.ToListAsync(units.Query()
            .Where(u => (u.ValidFrom == null || u.ValidFrom <= on) && (u.ValidTo == null || u.ValidTo >= on))
            .Select(u => new { u.Code, u.Name, u.Kind }), ct);
        var unit = valid.FirstOrDefault(u => Codes.Equals(u.Code, code))
                   ?? throw new BusinessException(PlanningErrorCodes.UnitNotInUniverse, code);
        var item = plan.AddListItem(unit.Code, unit.Name, unit.Kind, subject, legalBasis, origin, plannedMonth, plannedQuarter, addedBy, Now);
        if (plan.Status == PlanStatus.Approved) await CreateCasesAsync(plan, [item], ct);
        return item;
    }

    /// <summary>The projection's gap to the quota, when the stratum raises an alert.</summary>
    public static int SuggestedTopUp(PlanCoverage coverage, Stratum stratum)
        => coverage.Strata.FirstOrDefault(s => s.Stratum == stratum) is { Alert: true } s
            ? Math.Max(0, s.Quota - (int)Math.Floor(s.ProjectedCompleted))
            : 0;

    /// <summary>The engine request from today's register, completed-check history and the plan's adjustments.</summary>
    private async Task<(SamplingRequest Request, Dictionary<string, string> Names)> BuildRequestAsync(AnnualPlan plan, string seed, CancellationToken ct)
    {
        var register = await units.ToListAsync(units.Query()
            .Select(u => new { u.Code, u.Name, u.Kind, u.ValidFrom, u.ValidTo, Predecessors = u.Predecessors.Select(p => p.PredecessorId).ToList() }), ct);
        var codeOf = await CodesOfAsync(register.SelectMany(u => u.Predecessors).Distinct().ToList(), ct);
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

    /// <summary>Codes of units by id, deleted ones included (a merged unit's predecessor may be gone from the register).</summary>
    private async Task<Dictionary<Guid, string>> CodesOfAsync(List<Guid> ids, CancellationToken ct)
        => ids.Count == 0
            ? new Dictionary<Guid, string>()
            : (await units.ToListAsync(units.QueryIncludingDeleted().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Code }), ct)).ToDictionary(x => x.Id, x => x.Code);

    private async Task CreateCasesAsync(AnnualPlan plan, IReadOnlyList<PlanItem> selected, CancellationToken ct)
    {
        // The last registration wins, as for any DI service (a host or a test may replace the cases module's factory).
        var factory = caseFactories.LastOrDefault();
        if (factory is null) return;
        foreach (var item in selected.Where(i => i.CaseId is null))
        {
            var caseId = await factory.CreatePlannedCaseAsync(new PlannedCaseRequest(
                plan.Id, item.Id, plan.Authority, plan.Year, item.Amendment, item.UnitCode, item.UnitName, item.Reason, item.Detail,
                item.PlannedStart(plan.Year))
            {
                Subject = item.Subject,
                AdHoc = item.Origin == PlanItemOrigin.AdHoc,
            }, ct);
            plan.AttachCase(item.Id, caseId);
        }
    }
}
