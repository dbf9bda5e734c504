namespace InspectionSuite.Cases;

/// <summary>A list line: no large texts.</summary>
public sealed record CaseListItemDto(
    Guid Id, string Code, CaseKind Kind, AuthorityCode Authority, Guid UnitId, string UnitCode, string UnitName, string Subject,
    string State, string? DecisionNumber, DateOnly? OnSiteStart, DateOnly? OnSiteEnd, bool OverdueFlagged, DateTime CreationTime)
{
    /// <summary>The annual plan this case implements; null for unplanned cases.</summary>
    public CasePlanLinkDto? Plan { get; init; }
}
