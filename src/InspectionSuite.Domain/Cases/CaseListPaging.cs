namespace InspectionSuite.Cases;

/// <summary>The list's order ("code", "subject desc", …; null for newest first), its page, and how far to count.</summary>
public sealed record CaseListPaging(string? Sorting, int Skip, int Take, int CountLimit);
