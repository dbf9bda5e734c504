namespace InspectionSuite.Cases.Workflow;

/// <summary>
/// One definition's upgrade of its running cases from one published version to another, as data: which cases (kind and
/// definition), from and to which version, and where each non-final state of the old version goes. Run by
/// <see cref="CaseWorkflowMigrator"/>; the catalogue is <see cref="CaseWorkflowMigrations"/>. A state missing from
/// <see cref="StateMap"/> keeps its name.
/// </summary>
public sealed record CaseWorkflowMigration(string DefinitionId, CaseKind Kind, int FromVersion, int ToVersion, IReadOnlyDictionary<string, string> StateMap)
{
    public string MapState(string state) => StateMap.GetValueOrDefault(state, state);
}
