namespace InspectionSuite.Workflows.Definitions;

/// <summary>A definition refused at load or publish; the message lists every error.</summary>
public sealed class WorkflowDefinitionInvalidException(IReadOnlyList<DefinitionError> errors)
    : BusinessException(WorkflowErrorCodes.DefinitionInvalid, errors.FirstOrDefault()?.File ?? "", string.Join("; ", errors.Select(e => $"{e.Path}: {e.Reason}")))
{
    public IReadOnlyList<DefinitionError> DefinitionErrors { get; } = errors;
    public override string Message => "Invalid workflow definition:" + Environment.NewLine + string.Join(Environment.NewLine, DefinitionErrors);
}
