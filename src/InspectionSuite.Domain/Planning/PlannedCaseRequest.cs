namespace InspectionSuite.Planning;

/// <summary>
/// What a planned case is created from: one selected unit of an approved plan (or of a top-up amendment);
/// <see cref="PlanItemId"/> is the item the case implements (at most one case per item); <see cref="PlannedStart"/> is
/// the first day of the item's planned month or quarter, from which the case's task deadlines count.
/// </summary>
public sealed record PlannedCaseRequest(
    Guid PlanId, Guid PlanItemId, AuthorityCode Authority, int Year, int Amendment, string UnitCode, string UnitName, SelectionReason Reason, string Detail,
    DateOnly PlannedStart)
{
    /// <summary>The subject of a hand-listed inspection of Thanh tra tỉnh's plan (its legal basis is <see cref="Detail"/>); null for a drawn unit.</summary>
    public string? Subject { get; init; }
    /// <summary>A đột xuất item of Thanh tra tỉnh's list (ad hoc, not theo kế hoạch).</summary>
    public bool AdHoc { get; init; }
}
