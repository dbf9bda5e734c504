namespace InspectionSuite.Cases;

/// <summary>A page of the case list and the count of matching cases (at most the paging's count limit).</summary>
public sealed record CaseListPage(IReadOnlyList<CaseListRow> Rows, int Counted);
