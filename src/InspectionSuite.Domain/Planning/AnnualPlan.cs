namespace InspectionSuite.Planning;

/// <summary>
/// The annual plan of one authority for one year. Draft: run and re-run the draw, adjust mandatory and excluded
/// units. Approved: the draw's inputs (<see cref="InputsJson"/>), seed, algorithm version and one
/// <see cref="PlanItem"/> per universe unit are frozen; top-up draws may only add units (amendments).
/// Closed: read-only. Every command bumps <see cref="Revision"/>, so the concurrency stamp also guards child rows.
/// Thanh tra tỉnh's plan (<see cref="Mode"/> = <see cref="PlanMode.List"/>) has no draw: the supervisor lists the
/// inspections by hand (<see cref="AddListItem"/>), planned or đột xuất; the draw's commands refuse it and the list's
/// commands refuse Sở Nội vụ's plan (issue 14).
/// </summary>
public sealed class AnnualPlan : AuditedAggregateRoot<Guid>
{
    private readonly List<PlanItem> _items = [];
    private readonly List<PlanAdjustment> _adjustments = [];
    private readonly List<PlanAmendment> _amendments = [];
    private readonly List<PlanRiskScore> _riskScores = [];

    public AuthorityCode Authority { get; private set; }
    public int Year { get; private set; }
    public PlanStatus Status { get; private set; }
    public decimal Rate { get; private set; }
    public int CooldownYears { get; private set; }
    public DateOnly AsOf { get; private set; }
    /// <summary>Seed of the current draw (the original draw once approved).</summary>
    public string? Seed { get; private set; }
    public string? AlgorithmVersion { get; private set; }
    /// <summary>The <see cref="SamplingRequest"/> of the current draw as canonical JSON: units, history, adjustments.</summary>
    public string? InputsJson { get; private set; }
    public DateTime? DrawnAt { get; private set; }
    /// <summary>Adjustments changed after the draw: the shown draw no longer matches them.</summary>
    public bool DrawIsStale { get; private set; }
    public DateTime? ApprovedAt { get; private set; }
    public Guid? ApproverId { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public int Revision { get; private set; }

    public IReadOnlyList<PlanItem> Items => _items;
    public IReadOnlyList<PlanAdjustment> Adjustments => _adjustments;
    public IReadOnlyList<PlanAmendment> Amendments => _amendments;
    /// <summary>Risk scores (0–100) the draw uses; units without one score <see cref="SamplingRequest.DefaultRiskScore"/>.</summary>
    public IReadOnlyList<PlanRiskScore> RiskScores => _riskScores;

    private AnnualPlan() { }

    public AnnualPlan(Guid id, AuthorityCode authority, int year, decimal rate = SamplingRequest.DefaultRate,
        int cooldownYears = SamplingRequest.DefaultCooldownYears, DateOnly? asOf = null)
    {
        if (year is < PlanningConsts.MinYear or > PlanningConsts.MaxYear) throw new InputValidationException(nameof(Year), "Validation.Invalid");
        if (rate is <= 0 or > 1) throw new InputValidationException(nameof(Rate), "Validation.Invalid");
        if (cooldownYears < 0 || cooldownYears >= SamplingEngine.RotationYears(rate)) throw new InputValidationException(nameof(CooldownYears), "Validation.Invalid");
        Id = id;
        Authority = authority;
        Year = year;
        Rate = rate;
        CooldownYears = cooldownYears;
        AsOf = asOf ?? new DateOnly(year, 1, 1);
        Status = PlanStatus.Draft;
    }

    public int AmendmentCount => _amendments.Count;

    /// <summary>Derived from the authority: a hand-built list for Thanh tra tỉnh, the 20% draw for Sở Nội vụ.</summary>
    public PlanMode Mode => Authority.PlanMode();

    /// <summary>Refuses a draw command (draw, adjustment, risk score, top-up, coverage) on a list plan.</summary>
    public void EnsureDrawMode()
    {
        if (Mode != PlanMode.Draw) throw new BusinessException(PlanningErrorCodes.DrawNotForListPlan);
    }

    private void EnsureListMode()
    {
        if (Mode != PlanMode.List) throw new BusinessException(PlanningErrorCodes.ListItemsNotForDrawPlan);
    }

    /// <summary>
    /// Adds an inspection to Thanh tra tỉnh's list: the unit (the caller resolves it in the register; never the authority
    /// itself), its subject, planned month or quarter, and legal basis or reason. Draft: planned or đột xuất. Approved:
    /// đột xuất only (the caller then creates its case at once). Records who added it and when.
    /// </summary>
    public PlanItem AddListItem(string unitCode, string unitName, UnitKind kind, string subject, string legalBasis, PlanItemOrigin origin,
        int? plannedMonth, int? plannedQuarter, Guid? addedBy, DateTime now)
    {
        EnsureListMode();
        if (origin == PlanItemOrigin.Drawn) throw new InputValidationException(nameof(PlanItem.Origin), "Validation.Invalid");
        if (Status == PlanStatus.Approved && origin != PlanItemOrigin.AdHoc) throw new BusinessException(PlanningErrorCodes.OnlyAdHocAfterApproval);
        if (Status != PlanStatus.Approved) EnsureStatus(PlanStatus.Draft, "changed");
        unitCode = Check.NotEmpty(unitCode, nameof(unitCode), UnitConsts.MaxCodeLength).Trim();
        if (Authority.IsOwnUnit(unitCode)) throw new BusinessException(PlanningErrorCodes.OwnUnit, unitCode);
        subject = Check.NotEmpty(subject, nameof(subject), PlanningConsts.MaxSubjectLength).Trim();
        legalBasis = Check.NotEmpty(legalBasis, nameof(legalBasis), PlanningConsts.MaxDetailLength).Trim();
        if (!PlannedPeriod.IsValid(plannedMonth, plannedQuarter))
            throw new InputValidationException(plannedMonth is not null ? nameof(PlanItem.PlannedMonth) : nameof(PlanItem.PlannedQuarter), "Validation.Invalid");
        var item = new PlanItem(Guid.NewGuid(), Id, unitCode, unitName, kind, subject, legalBasis, origin, addedBy, now);
        item.Schedule(plannedMonth, plannedQuarter);
        _items.Add(item);
        Revision++;
        return item;
    }

    /// <summary>Removes an item from Thanh tra tỉnh's list. Draft only: an approved item has its case.</summary>
    public void RemoveListItem(Guid itemId)
    {
        EnsureListMode();
        EnsureStatus(PlanStatus.Draft, "changed");
        var item = _items.FirstOrDefault(i => i.Id == itemId) ?? throw new EntityNotFoundException(nameof(PlanItem), itemId);
        if (item.CaseId is not null) throw new BusinessException(PlanningErrorCodes.ItemHasCase, item.UnitCode);
        _items.Remove(item);
        Revision++;
    }

    /// <summary>Approves Thanh tra tỉnh's list as it stands; an empty list is refused. The caller creates the cases.</summary>
    public void ApproveList(Guid? approverId, DateTime now)
    {
        EnsureListMode();
        EnsureStatus(PlanStatus.Draft, "approved");
        if (_items.Count == 0) throw new BusinessException(PlanningErrorCodes.PlanListEmpty);
        Status = PlanStatus.Approved;
        ApprovedAt = now;
        ApproverId = approverId;
        Revision++;
    }

    /// <summary>Adds (or re-words) a mandatory inclusion or exclusion of a unit. Draft only.</summary>
    public PlanAdjustment Adjust(string unitCode, AdjustmentKind kind, string reason, AdjustmentSource source = AdjustmentSource.Supervisor)
    {
        EnsureDrawMode();
        EnsureStatus(PlanStatus.Draft, "adjusted");
        unitCode = Check.NotEmpty(unitCode, nameof(unitCode), UnitConsts.MaxCodeLength).Trim();
        reason = Check.NotEmpty(reason, nameof(reason), PlanningConsts.MaxReasonLength).Trim();
        var opposite = kind == AdjustmentKind.Mandatory ? AdjustmentKind.Excluded : AdjustmentKind.Mandatory;
        // Mandatory over an overlap exclusion is allowed by the engine, but only for State Audit rows: a
        // supervisor who both forces and excludes the same unit has made a mistake.
        if (source == AdjustmentSource.Supervisor && _adjustments.Any(a => a.Source == AdjustmentSource.Supervisor && a.Kind == opposite && SameCode(a.UnitCode, unitCode)))
            throw new BusinessException(PlanningErrorCodes.UnitBothMandatoryAndExcluded, unitCode);
        var existing = _adjustments.FirstOrDefault(a => a.Kind == kind && a.Source == source && SameCode(a.UnitCode, unitCode));
        if (existing is not null) existing.Reword(reason);
        else _adjustments.Add(existing = new PlanAdjustment(Guid.NewGuid(), Id, unitCode, kind, reason, source));
        MarkStale();
        return existing;
    }

    public void RemoveAdjustment(Guid adjustmentId)
    {
        EnsureDrawMode();
        EnsureStatus(PlanStatus.Draft, "adjusted");
        var adjustment = _adjustments.FirstOrDefault(a => a.Id == adjustmentId) ?? throw new EntityNotFoundException(nameof(PlanAdjustment), adjustmentId);
        _adjustments.Remove(adjustment);
        MarkStale();
    }

    /// <summary>Replaces the State Audit exclusions with those of a newly imported State Audit plan.</summary>
    public void ReplaceStateAuditExclusions(IEnumerable<(string UnitCode, string Content)> rows)
    {
        EnsureDrawMode();
        EnsureStatus(PlanStatus.Draft, "adjusted");
        _adjustments.RemoveAll(a => a.Source == AdjustmentSource.StateAudit);
        foreach (var group in rows.GroupBy(r => r.UnitCode.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var reason = "State Audit plan: " + string.Join("; ", group.Select(r => r.Content.Trim()).Distinct(StringComparer.Ordinal));
            if (reason.Length > PlanningConsts.MaxReasonLength) reason = reason[..PlanningConsts.MaxReasonLength];
            _adjustments.Add(new PlanAdjustment(Guid.NewGuid(), Id, group.Key, AdjustmentKind.Excluded, reason, AdjustmentSource.StateAudit));
        }
        MarkStale();
    }

    /// <summary>Sets (or changes) the risk score of one unit. Draft only; marks the draw stale when it changes.</summary>
    public void SetRiskScore(string unitCode, int score)
    {
        EnsureDrawMode();
        EnsureStatus(PlanStatus.Draft, "adjusted");
        unitCode = Check.NotEmpty(unitCode, nameof(unitCode), UnitConsts.MaxCodeLength).Trim();
        if (score is < PlanningConsts.MinRiskScore or > PlanningConsts.MaxRiskScore) throw new InputValidationException(nameof(PlanRiskScore.Score), "Validation.Invalid");
        var existing = _riskScores.FirstOrDefault(r => SameCode(r.UnitCode, unitCode));
        if (existing is not null && existing.Score == score) return;
        if (existing is not null) existing.Change(score);
        else _riskScores.Add(new PlanRiskScore(Guid.NewGuid(), Id, unitCode, score));
        MarkStale();
    }

    /// <summary>Replaces all risk scores (an imported file: all or nothing, validated by the caller line by line). Draft only.</summary>
    public void ReplaceRiskScores(IEnumerable<(string UnitCode, int Score)> rows)
    {
        EnsureDrawMode();
        EnsureStatus(PlanStatus.Draft, "adjusted");
        var list = rows.ToList();
        if (list.Any(r => r.Score is < PlanningConsts.MinRiskScore or > PlanningConsts.MaxRiskScore)) throw new InputValidationException(nameof(PlanRiskScore.Score), "Validation.Invalid");
        _riskScores.Clear();
        foreach (var (code, score) in list) _riskScores.Add(new PlanRiskScore(Guid.NewGuid(), Id, code.Trim(), score));
        MarkStale();
    }

    /// <summary>Stores a draw: its canonical inputs, seed, algorithm version and one item per universe unit. Draft only.</summary>
    public void RecordDraw(SamplingResult result, string inputsJson, IReadOnlyDictionary<string, string> unitNames, DateTime now)
    {
        EnsureDrawMode();
        EnsureStatus(PlanStatus.Draft, "drawn");
        // A case opened by hand from one of the draft's items implements that item: a re-draw would drop it from under the case.
        if (_items.FirstOrDefault(i => i.CaseId is not null) is { } opened) throw new BusinessException(PlanningErrorCodes.ItemHasCase, opened.UnitCode);
        // A re-draw keeps the months or quarters already planned for units still in the universe.
        var schedules = _items.Where(i => i.PlannedMonth is not null || i.PlannedQuarter is not null)
            .ToDictionary(i => i.UnitCode, i => (i.PlannedMonth, i.PlannedQuarter), StringComparer.OrdinalIgnoreCase);
        _items.Clear();
        foreach (var u in result.Units)
        {
            var item = new PlanItem(Guid.NewGuid(), Id, u, unitNames.GetValueOrDefault(u.Code, u.Code));
            if (schedules.TryGetValue(u.Code, out var when)) item.Schedule(when.PlannedMonth, when.PlannedQuarter);
            _items.Add(item);
        }
        Seed = result.Seed;
        AlgorithmVersion = result.AlgorithmVersion;
        InputsJson = inputsJson;
        DrawnAt = now;
        DrawIsStale = false;
        Revision++;
    }

    /// <summary>
    /// Freezes the plan. <paramref name="currentInputsJson"/> is the draw request rebuilt from today's register and
    /// history with the same seed: it must equal the drawn one, so what is approved is exactly what was shown.
    /// </summary>
    public void Approve(string currentInputsJson, Guid? approverId, DateTime now)
    {
        EnsureDrawMode();
        EnsureStatus(PlanStatus.Draft, "approved");
        if (InputsJson is null || DrawIsStale || _items.Count == 0) throw new BusinessException(PlanningErrorCodes.DrawMissingOrStale);
        if (!string.Equals(InputsJson, currentInputsJson, StringComparison.Ordinal)) throw new BusinessException(PlanningErrorCodes.InputsChangedSinceDraw);
        Status = PlanStatus.Approved;
        ApprovedAt = now;
        ApproverId = approverId;
        Revision++;
    }

    /// <summary>
    /// Adds the units a top-up draw selected as amendment n+1. Only units not yet selected are taken; nothing is
    /// ever removed or re-worded for units already in the plan. Returns the items that joined the plan.
    /// </summary>
    public IReadOnlyList<PlanItem> RecordTopUp(IEnumerable<SamplingResult> results, string seed, string inputsJson, string? note, DateTime now)
    {
        EnsureDrawMode();
        EnsureStatus(PlanStatus.Approved, "topped up");
        var number = _amendments.Count + 1;
        var added = new List<PlanItem>();
        string? algorithm = null;
        foreach (var result in results)
        {
            algorithm = result.AlgorithmVersion;
            foreach (var u in result.Units.Where(u => u.Selected))
            {
                var item = FindItem(u.Code);
                if (item is null || item.Selected) continue;
                item.JoinByTopUp(number, u.Reason, u.Detail, u.Facts);
                added.Add(item);
            }
        }
        _amendments.Add(new PlanAmendment(Guid.NewGuid(), Id, number, seed, algorithm ?? SamplingEngine.AlgorithmVersion, inputsJson, added.Count,
            Check.MaxLength(note?.Trim(), nameof(note), PlanningConsts.MaxNoteLength), now));
        Revision++;
        return added;
    }

    /// <summary>Links the case created for one item (by id: Thanh tra tỉnh's list may name a unit twice).</summary>
    public void AttachCase(Guid itemId, Guid caseId)
    {
        (_items.FirstOrDefault(i => i.Id == itemId) ?? throw new EntityNotFoundException(nameof(PlanItem), itemId)).AttachCase(caseId);
        Revision++;
    }

    public void AttachCase(string unitCode, Guid caseId)
    {
        (FindItem(unitCode) ?? throw new BusinessException(PlanningErrorCodes.UnitNotInPlan, unitCode)).AttachCase(caseId);
        Revision++;
    }

    /// <summary>Records a completed check of a unit (stands in for the cases module until it reports completions).</summary>
    public void MarkCompleted(string unitCode, DateOnly completedOn)
    {
        EnsureStatus(PlanStatus.Approved, "updated");
        (FindItem(unitCode) ?? throw new BusinessException(PlanningErrorCodes.UnitNotInPlan, unitCode)).MarkCompleted(completedOn);
        Revision++;
    }

    public void Close(DateTime now)
    {
        EnsureStatus(PlanStatus.Approved, "closed");
        Status = PlanStatus.Closed;
        ClosedAt = now;
        Revision++;
    }

    /// <summary>
    /// Sets (or clears) the month or quarter of the plan year in which the unit's work is planned to start; its planned
    /// case's task deadlines count from there (<see cref="PlannedPeriod"/>). Draft only: approval freezes the schedule
    /// together with the items.
    /// </summary>
    public void ScheduleItem(string unitCode, int? plannedMonth, int? plannedQuarter)
    {
        EnsureStatus(PlanStatus.Draft, "scheduled");
        if (!PlannedPeriod.IsValid(plannedMonth, plannedQuarter))
            throw new InputValidationException(plannedMonth is not null ? nameof(PlanItem.PlannedMonth) : nameof(PlanItem.PlannedQuarter), "Validation.Invalid");
        (FindItem(unitCode) ?? throw new BusinessException(PlanningErrorCodes.UnitNotInPlan, unitCode)).Schedule(plannedMonth, plannedQuarter);
        Revision++;
    }

    public PlanItem? FindItem(string unitCode) => _items.FirstOrDefault(i => SameCode(i.UnitCode, unitCode));

    private void MarkStale()
    {
        if (InputsJson is not null) DrawIsStale = true;
        Revision++;
    }

    private void EnsureStatus(PlanStatus expected, string action)
    {
        if (Status != expected) throw new BusinessException(PlanningErrorCodes.PlanStatusInvalid, Status, action);
    }

    private static bool SameCode(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
