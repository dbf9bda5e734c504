namespace InspectionSuite.Planning;

public sealed record AnnualPlanSummaryDto(
    Guid Id, AuthorityCode Authority, int Year, PlanStatus Status, string? Seed, int Universe, int Selected,
    int AmendmentCount, DateTime? ApprovedAt, string ConcurrencyStamp);
