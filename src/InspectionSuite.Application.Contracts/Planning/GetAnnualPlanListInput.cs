namespace InspectionSuite.Planning;

public sealed record GetAnnualPlanListInput : PagedAndSortedInput
{
    public int? Year { get; init; }
    public AuthorityCode? Authority { get; init; }
    public PlanStatus? Status { get; init; }
}
