namespace InspectionSuite.Oversight;

public sealed record GetOverdueBoardInput : PagedAndSortedInput
{
    public AuthorityCode? Authority { get; init; }
}
