namespace InspectionSuite.Cases;

/// <summary>What an inbox row shows of its case.</summary>
public sealed record CaseInboxCase(Guid Id, string Code, string Subject);
