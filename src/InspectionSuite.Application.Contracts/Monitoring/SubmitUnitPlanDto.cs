namespace InspectionSuite.Monitoring;

public sealed record SubmitUnitPlanDto(DateOnly IssuedOn, FileUploadDto File);
