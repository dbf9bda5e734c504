namespace InspectionSuite.Planning;

/// <summary>One unit of the plan's universe with the engine's decision (reason code and detail), frozen at approval.</summary>
public sealed class PlanItem : Entity<Guid>
{
    public Guid PlanId { get; private set; }
    public string UnitCode { get; private set; } = "";
    public string UnitName { get; private set; } = "";
    public UnitKind Kind { get; private set; }
    public Stratum Stratum { get; private set; }
    public bool Selected { get; private set; }
    public SelectionReason Reason { get; private set; }
    public string Detail { get; private set; } = "";
    /// <summary>
    /// The engine's facts behind <see cref="Detail"/> (<see cref="SelectionFacts"/> as JSON), from which the plan page and the
    /// .xlsx annex write the sentence in the reader's language; null for hand-listed items and items drawn before issue 18.
    /// </summary>
    public string? DetailFacts { get; private set; }
    public int? LastCheckedYear { get; private set; }
    public int RiskScore { get; private set; }
    /// <summary>0 = the approved draw; n = joined the plan with top-up amendment n.</summary>
    public int Amendment { get; private set; }
    /// <summary>The planned case created for this unit, when a case factory is registered.</summary>
    public Guid? CaseId { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    /// <summary>Month (1–12) of the plan year in which the work is planned to start; or <see cref="PlannedQuarter"/>; or neither.</summary>
    public int? PlannedMonth { get; private set; }
    /// <summary>Quarter (1–4) of the plan year in which the work is planned to start, when no month is planned.</summary>
    public int? PlannedQuarter { get; private set; }
    /// <summary>Drawn (Sở Nội vụ), or listed by hand on Thanh tra tỉnh's plan: theo kế hoạch or đột xuất.</summary>
    public PlanItemOrigin Origin { get; private set; }
    /// <summary>Subject (nội dung) of a hand-listed inspection; null for a drawn unit. Its legal basis or reason is <see cref="Detail"/>.</summary>
    public string? Subject { get; private set; }
    /// <summary>Who listed the item and when (hand-listed items only).</summary>
    public Guid? AddedBy { get; private set; }
    public DateTime? AddedAt { get; private set; }

    /// <summary>The first day of the planned month or quarter (the plan year's first day when neither is set).</summary>
    public DateOnly PlannedStart(int planYear) => PlannedPeriod.Start(planYear, PlannedMonth, PlannedQuarter);

    private PlanItem() { }

    internal PlanItem(Guid id, Guid planId, UnitSelection selection, string unitName)
    {
        Id = id;
        PlanId = planId;
        UnitCode = selection.Code;
        UnitName = unitName.Length > UnitConsts.MaxNameLength ? unitName[..UnitConsts.MaxNameLength] : unitName;
        Kind = selection.Kind;
        Stratum = selection.Stratum;
        Selected = selection.Selected;
        Reason = selection.Reason;
        Detail = Truncate(selection.Detail);
        DetailFacts = selection.Facts?.ToJson();
        LastCheckedYear = selection.LastCheckedYear;
        RiskScore = selection.RiskScore;
    }

    /// <summary>A hand-listed inspection of Thanh tra tỉnh's plan: always selected; <see cref="Detail"/> holds its legal basis or reason.</summary>
    internal PlanItem(Guid id, Guid planId, string unitCode, string unitName, UnitKind kind, string subject, string legalBasis, PlanItemOrigin origin,
        Guid? addedBy, DateTime addedAt)
    {
        Id = id;
        PlanId = planId;
        UnitCode = unitCode;
        UnitName = unitName.Length > UnitConsts.MaxNameLength ? unitName[..UnitConsts.MaxNameLength] : unitName;
        Kind = kind;
        Stratum = kind.ToStratum();
        Selected = true;
        // Chosen by hand, as a mandatory unit of a draw is: the closest engine reason; Origin tells planned from đột xuất.
        Reason = SelectionReason.Mandatory;
        Detail = Truncate(legalBasis);
        Subject = subject;
        Origin = origin;
        AddedBy = addedBy;
        AddedAt = addedAt;
    }

    internal void JoinByTopUp(int amendment, SelectionReason reason, string detail, SelectionFacts? facts)
    {
        Selected = true;
        Amendment = amendment;
        Reason = reason;
        Detail = Truncate($"top-up #{amendment}: {detail}");
        DetailFacts = facts?.ToJson();
    }

    internal void Schedule(int? month, int? quarter) => (PlannedMonth, PlannedQuarter) = (month, quarter);
    internal void AttachCase(Guid caseId) => CaseId = caseId;
    internal void MarkCompleted(DateOnly on) => CompletedOn = on;

    private static string Truncate(string s) => s.Length > PlanningConsts.MaxDetailLength ? s[..PlanningConsts.MaxDetailLength] : s;
}
