namespace InspectionSuite.Oversight;

public sealed record WorkflowValidationErrorDto(string Path, string Reason);
