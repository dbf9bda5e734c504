namespace InspectionSuite.Identity;

public sealed record GetUserLookupInput : PagedAndSortedInput
{
    /// <summary>A lookup is for picking people, not for listing everyone: pages hold at most this many.</summary>
    public const int MaxLookupPageSize = 20;

    /// <summary>Part of the user name or the display name.</summary>
    public string? Filter { get; init; }
}
