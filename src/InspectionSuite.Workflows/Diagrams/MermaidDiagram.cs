using System.Text;

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

    /// <summary>
    /// Reads back what <see cref="Render"/> wrote, as the diagram's text alternative (WCAG 1.1.1): states with their labels,
    /// the initial state, transitions by label, and the highlighted state. Lines of any other shape are ignored.
    /// </summary>
    public static DiagramOutline Outline(string diagram)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var states = new List<string>();
        var transitions = new List<DiagramTransition>();
        string? initial = null, current = null;
        foreach (var raw in diagram.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("state \"", StringComparison.Ordinal) && line.LastIndexOf("\" as ", StringComparison.Ordinal) is var at and > 6)
            {
                var name = line[(at + 5)..];
                labels[name] = line[7..at];
                states.Add(name);
            }
            else if (line.StartsWith("[*] --> ", StringComparison.Ordinal)) initial = line[8..];
            else if (line.StartsWith("class ", StringComparison.Ordinal) && line.EndsWith(" " + CurrentClass, StringComparison.Ordinal))
                current = line[6..^(CurrentClass.Length + 1)];
            else if (line.IndexOf(" --> ", StringComparison.Ordinal) is var arrow and > 0 && !line.EndsWith("[*]", StringComparison.Ordinal))
            {
                var colon = line.IndexOf(" : ", arrow, StringComparison.Ordinal);
                if (colon < 0) continue;
                transitions.Add(new DiagramTransition(line[..arrow], line[(arrow + 5)..colon], line[(colon + 3)..]));
            }
        }
        string Label(string name) => labels.GetValueOrDefault(name, name);
        return new DiagramOutline(
            [.. states.Select(Label)],
            initial is null ? null : Label(initial),
            [.. transitions.Select(t => t with { From = Label(t.From), To = Label(t.To) })],
            current is null ? null : Label(current));
    }

    // Mermaid labels cannot hold quotes, colons or line breaks.
    private static string Escape(string text) => text.Replace("\"", "'").Replace(":", " -").Replace("\r", " ").Replace("\n", " ");
}
