namespace InspectionSuite.Workflows.Definitions;

/// <summary>One problem in a definition file: where (file and JSON path like <c>$.states[2].name</c>) and why.</summary>
public sealed record DefinitionError(string File, string Path, string Reason)
{
    public override string ToString() => $"{File}: {Path}: {Reason}";
}

/// <summary>Outcome of validating one definition: the compiled definition, or the errors.</summary>
public sealed record DefinitionValidationResult(string File, CompiledDefinition? Definition, IReadOnlyList<DefinitionError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Definition is not null;
}

/// <summary>A definition refused at load or publish; the message lists every error.</summary>
public sealed class WorkflowDefinitionInvalidException(IReadOnlyList<DefinitionError> errors)
    : BusinessException(WorkflowErrorCodes.DefinitionInvalid, errors.FirstOrDefault()?.File ?? "", string.Join("; ", errors.Select(e => $"{e.Path}: {e.Reason}")))
{
    public IReadOnlyList<DefinitionError> DefinitionErrors { get; } = errors;
    public override string Message => "Invalid workflow definition:" + Environment.NewLine + string.Join(Environment.NewLine, DefinitionErrors);
}
