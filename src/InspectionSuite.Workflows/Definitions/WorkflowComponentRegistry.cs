using System.Reflection;

namespace InspectionSuite.Workflows.Definitions;

/// <summary>Guard and action names found on <see cref="WorkflowGuardAttribute"/>/<see cref="WorkflowActionAttribute"/> classes.</summary>
public sealed class WorkflowComponentRegistry
{
    public IReadOnlyDictionary<string, Type> Guards { get; }
    public IReadOnlyDictionary<string, Type> Actions { get; }

    public WorkflowComponentRegistry(IReadOnlyDictionary<string, Type> guards, IReadOnlyDictionary<string, Type> actions)
    {
        Guards = guards;
        Actions = actions;
    }

    /// <summary>Scans assemblies; a name used twice is a startup error, not a silent override.</summary>
    public static WorkflowComponentRegistry FromAssemblies(IEnumerable<Assembly> assemblies)
    {
        var guards = new Dictionary<string, Type>(StringComparer.Ordinal);
        var actions = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in assemblies.Distinct().SelectMany(SafeTypes).Where(t => t is { IsAbstract: false, IsInterface: false }))
        {
            if (type.GetCustomAttribute<WorkflowGuardAttribute>() is { } g && typeof(IWorkflowGuard).IsAssignableFrom(type))
                Add(guards, g.Name, type, "guard");
            if (type.GetCustomAttribute<WorkflowActionAttribute>() is { } a && typeof(IWorkflowAction).IsAssignableFrom(type))
                Add(actions, a.Name, type, "action");
        }
        return new WorkflowComponentRegistry(guards, actions);
    }

    private static void Add(Dictionary<string, Type> map, string name, Type type, string kind)
    {
        if (map.TryGetValue(name, out var existing) && existing != type)
            throw new InvalidOperationException($"Workflow {kind} name '{name}' is used by both {existing.FullName} and {type.FullName}.");
        map[name] = type;
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try { return assembly.GetTypes(); }
        catch (ReflectionTypeLoadException ex) { return ex.Types.Where(t => t is not null)!; }
    }
}
