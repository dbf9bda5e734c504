namespace InspectionSuite.Documents;

/// <summary>What a new register entry is, before it has a number.</summary>
public sealed record RegisterEntryRequest(
    AuthorityCode Authority, DateOnly IssuedOn, string Symbol, string Kind, Guid? CaseId, string? SubjectKey,
    string Title, string IssuedBy, string FileName, Guid? CorrectsId);
