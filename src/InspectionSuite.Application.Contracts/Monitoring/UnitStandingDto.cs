namespace InspectionSuite.Monitoring;

/// <summary>A unit's standing for one deadline (plan or periodic report).</summary>
public sealed record UnitStandingDto(Guid UnitId, string UnitCode, string UnitName, SubmissionStanding Standing, DateOnly? SubmittedOn, string? ReturnReason);
