namespace InspectionSuite.Oversight;

public sealed record GetUserListInput : PagedAndSortedInput
{
    public string? Filter { get; init; }
    public string? Role { get; init; }
}
