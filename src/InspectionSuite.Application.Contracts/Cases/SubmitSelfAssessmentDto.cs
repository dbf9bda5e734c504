namespace InspectionSuite.Cases;

public sealed record SubmitSelfAssessmentDto(IReadOnlyList<SelfAssessmentValueDto>? Values, string? ConcurrencyStamp);
