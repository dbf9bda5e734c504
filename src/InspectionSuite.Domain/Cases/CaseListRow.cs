namespace InspectionSuite.Cases;

/// <summary>One row of the case list, with its unit's code and name.</summary>
public sealed record CaseListRow(
    Guid Id, string Code, CaseKind Kind, AuthorityCode Authority, Guid UnitId, string UnitCode, string UnitName, string Subject,
    string State, string? DecisionNumber, DateOnly? OnSiteStart, DateOnly? OnSiteEnd, bool OverdueFlagged, DateTime CreationTime);
