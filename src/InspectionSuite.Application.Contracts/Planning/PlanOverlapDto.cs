namespace InspectionSuite.Planning;

/// <summary>An overlap warning: the unit, this plan and the other plan (or the State Audit content).</summary>
public sealed record PlanOverlapDto(
    PlanOverlapKind Kind, string UnitCode, string UnitName, Guid PlanId, AuthorityCode Authority, PlanStatus Status,
    Guid? OtherPlanId, AuthorityCode? OtherAuthority, PlanStatus? OtherStatus, string? OtherReason, string? Content);
