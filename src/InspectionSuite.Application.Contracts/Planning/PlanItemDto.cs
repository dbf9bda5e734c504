namespace InspectionSuite.Planning;

public sealed record PlanItemDto(
    Guid Id, string UnitCode, string UnitName, UnitKind Kind, Stratum Stratum, bool Selected, string Reason, string Detail,
    int? LastCheckedYear, int RiskScore, int Amendment, Guid? CaseId, DateOnly? CompletedOn)
{
    /// <summary>
    /// Why the unit is (not) in the plan as a sentence in the caller's language (issue 18), built from the reason and the
    /// engine's facts; <see cref="Detail"/> stays the engine's English sentence (the CSV's). Hand-listed items: their legal basis.
    /// </summary>
    public string DetailText { get; init; } = "";
    /// <summary>Month (1–12) of the plan year in which the work is planned to start, if planned by month.</summary>
    public int? PlannedMonth { get; init; }
    /// <summary>Quarter (1–4) of the plan year in which the work is planned to start, if planned by quarter.</summary>
    public int? PlannedQuarter { get; init; }
    /// <summary>Drawn, or hand-listed on Thanh tra tỉnh's plan: Planned (theo kế hoạch) or AdHoc (đột xuất).</summary>
    public PlanItemOrigin Origin { get; init; }
    /// <summary>Subject of a hand-listed inspection; its legal basis or reason is <see cref="Detail"/>.</summary>
    public string? Subject { get; init; }
    public Guid? AddedBy { get; init; }
    public DateTime? AddedAt { get; init; }
}
