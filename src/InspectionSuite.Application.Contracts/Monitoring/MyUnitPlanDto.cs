namespace InspectionSuite.Monitoring;

/// <summary>The unit's own plan as the representative sees it.</summary>
public sealed record MyUnitPlanDto(Guid UnitId, string UnitName, int Year, DateOnly DueOn, SubmissionStanding Standing, DateOnly? IssuedOn, DateOnly? FirstSubmittedOn, DateOnly? SubmittedOn, string? FileName);
