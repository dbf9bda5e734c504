namespace InspectionSuite.Cases;

/// <summary>
/// A case opened by hand. Planned (theo kế hoạch, optionally implementing <paramref name="PlanItemId"/>) or, with
/// <paramref name="Unannounced"/>, đột xuất (not from a plan item) for <paramref name="UnannouncedReason"/>, then required.
/// </summary>
public sealed record CreateCaseDto(CaseKind Kind, AuthorityCode Authority, Guid UnitId, string Subject, string? Scope, string? LegalBasis,
    DateOnly? PeriodFrom, DateOnly? PeriodTo, Guid? PlanItemId, bool Unannounced = false, string? UnannouncedReason = null)
{
    /// <summary>An accountability inspection names the head of the unit (name and position); omitted for any other case.</summary>
    public AccountableHeadDto? AccountableHead { get; init; }
    /// <summary>Ngày dự kiến bắt đầu/kết thúc làm việc tại đơn vị (optional; end not before start), printed by the decision.</summary>
    public DateOnly? PlannedOnSiteStart { get; init; }
    public DateOnly? PlannedOnSiteEnd { get; init; }
}
