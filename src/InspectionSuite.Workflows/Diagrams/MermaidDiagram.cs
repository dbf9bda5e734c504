using System.Text;
using InspectionSuite.Workflows.Definitions;

namespace InspectionSuite.Workflows.Diagrams;

/// <summary>Renders a definition as a Mermaid <c>stateDiagram-v2</c>, optionally highlighting one state (an instance's current one).</summary>
public static class MermaidDiagram
{
    public const string CurrentClass = "current";

    public static string Render(CompiledDefinition definition, string? currentState = null, string culture = "vi")
    {
        var sb = new StringBuilder();
        sb.AppendLine("stateDiagram-v2");
        foreach (var state in definition.Model.States)
            sb.Append("    state \"").Append(Escape(state.Labels.Get(culture))).Append("\" as ").AppendLine(state.Name);
        sb.Append("    [*] --> ").AppendLine(definition.Model.Initial);
        foreach (var t in definition.Model.Transitions)
            foreach (var from in t.From)
                sb.Append("    ").Append(from).Append(" --> ").Append(t.To).Append(" : ").AppendLine(Escape(t.Labels?.Get(culture) ?? t.Trigger));
        foreach (var state in definition.Model.States.Where(s => s.Final || definition.Outgoing[s.Name].Count == 0))
            sb.Append("    ").Append(state.Name).AppendLine(" --> [*]");
        if (currentState is not null && definition.States.ContainsKey(currentState))
        {
            sb.Append("    classDef ").Append(CurrentClass).AppendLine(" fill:#ffd54f,stroke:#e65100,stroke-width:3px,font-weight:bold");
            sb.Append("    class ").Append(currentState).Append(' ').AppendLine(CurrentClass);
        }
        return sb.ToString();
    }

    // Mermaid labels cannot hold quotes, colons or line breaks.
    private static string Escape(string text) => text.Replace("\"", "'").Replace(":", " -").Replace("\r", " ").Replace("\n", " ");
}
