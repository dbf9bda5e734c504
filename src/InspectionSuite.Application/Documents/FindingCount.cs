namespace InspectionSuite.Documents;

public sealed record FindingCount(string Type, int Count);
