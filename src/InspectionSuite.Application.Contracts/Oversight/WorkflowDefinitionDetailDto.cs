namespace InspectionSuite.Oversight;

public sealed record WorkflowDefinitionDetailDto(WorkflowDefinitionListItemDto Definition, string? Diagram, bool IsValid, IReadOnlyList<WorkflowValidationErrorDto> Errors);
