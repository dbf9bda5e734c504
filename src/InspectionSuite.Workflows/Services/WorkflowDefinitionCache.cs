using System.Collections.Concurrent;

namespace InspectionSuite.Workflows.Services;

/// <summary>Compiled published definitions by (id, version). Published versions never change, so entries never go stale.</summary>
public sealed class WorkflowDefinitionCache
{
    private readonly ConcurrentDictionary<(string, int), CompiledDefinition> _items = new();

    public bool TryGet(string definitionId, int version, out CompiledDefinition definition)
        => _items.TryGetValue((definitionId, version), out definition!);

    public void Set(CompiledDefinition definition) => _items[(definition.DefinitionId, definition.Version)] = definition;
}
