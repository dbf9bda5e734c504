namespace InspectionSuite.Monitoring;

public sealed record UnitPlanRowDto(Guid UnitId, string UnitCode, string UnitName, SubmissionStanding Standing, DateOnly? IssuedOn, DateOnly? FirstSubmittedOn, string? FileName);
