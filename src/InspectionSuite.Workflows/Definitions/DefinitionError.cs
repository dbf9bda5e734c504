namespace InspectionSuite.Workflows.Definitions;

/// <summary>One problem in a definition file: where (file and JSON path like <c>$.states[2].name</c>) and why.</summary>
public sealed record DefinitionError(string File, string Path, string Reason)
{
    public override string ToString() => $"{File}: {Path}: {Reason}";
}
