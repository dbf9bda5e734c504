namespace InspectionSuite.Workflows.Definitions;

/// <summary>Outcome of validating one definition: the compiled definition, or the errors.</summary>
public sealed record DefinitionValidationResult(string File, CompiledDefinition? Definition, IReadOnlyList<DefinitionError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Definition is not null;
}
