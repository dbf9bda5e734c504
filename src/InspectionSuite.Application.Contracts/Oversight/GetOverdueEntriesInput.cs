namespace InspectionSuite.Oversight;

public sealed record GetOverdueEntriesInput : PagedAndSortedInput
{
    public AuthorityCode? Authority { get; init; }
    /// <summary>One of <see cref="OverdueKinds"/>; null for all.</summary>
    public string? Kind { get; init; }
}
