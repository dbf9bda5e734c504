namespace InspectionSuite.Oversight;

public sealed record OverdueBoardPage(IReadOnlyList<OverdueEntryDto> Items, int TotalCount, IReadOnlyDictionary<string, int> CountByKind);
