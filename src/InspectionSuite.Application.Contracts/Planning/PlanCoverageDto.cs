namespace InspectionSuite.Planning;

public sealed record PlanCoverageDto(
    Guid PlanId, DateOnly Today, decimal ElapsedFraction, DateOnly AlertFrom, bool AlertActive, decimal TargetRate,
    IReadOnlyList<StratumCoverageDto> Strata, StratumCoverageDto Overall, bool AnyAlert,
    int SuggestedDepartmentTopUp, int SuggestedLocalTopUp);
