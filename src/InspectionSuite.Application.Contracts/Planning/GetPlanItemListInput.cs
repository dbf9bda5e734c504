namespace InspectionSuite.Planning;

public sealed record GetPlanItemListInput : PagedAndSortedInput
{
    public Stratum? Stratum { get; init; }
    /// <summary>A reason code of the engine, e.g. RISK_DRAW.</summary>
    public string? Reason { get; init; }
    public bool? Selected { get; init; }
    /// <summary>Code or name contains.</summary>
    public string? Filter { get; init; }
}
