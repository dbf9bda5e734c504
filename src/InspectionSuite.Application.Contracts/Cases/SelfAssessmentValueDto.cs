namespace InspectionSuite.Cases;

public sealed record SelfAssessmentValueDto(string CriterionCode, string? Value, string? Note);
