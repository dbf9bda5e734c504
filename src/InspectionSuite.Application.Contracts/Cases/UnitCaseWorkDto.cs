namespace InspectionSuite.Cases;

/// <summary>A case of the representative's unit with what the unit has to do on it.</summary>
public sealed record UnitCaseWorkDto(Guid CaseId, string Code, string Subject, string State, CaseKind Kind, int RequestsToAnswer, int OverdueRequests,
    DateOnly? NextRequestDue, int RecommendationsToReport, DateOnly? NextRecommendationDeadline);
