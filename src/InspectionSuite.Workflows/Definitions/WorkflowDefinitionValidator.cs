using System.Text;
using Json.Schema;

namespace InspectionSuite.Workflows.Definitions;

/// <summary>
/// Validates a definition file: JSON syntax, the JSON schema (workflows/schema.json, embedded), then the rules a
/// schema cannot express — duplicate names, transitions to missing states, unreachable states and (when a
/// registry is given) unknown guard/action names. Never throws for bad input: every problem is an error with
/// file, JSON path and reason.
/// </summary>
public sealed class WorkflowDefinitionValidator(WorkflowComponentRegistry? components)
{
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    /// <summary>The schema text shipped with the runtime.</summary>
    public static string SchemaText
    {
        get
        {
            using var stream = typeof(WorkflowDefinitionValidator).Assembly.GetManifestResourceStream("InspectionSuite.Workflows.schema.json")!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }

    private static JsonSchema LoadSchema() => JsonSchema.FromText(SchemaText);

    public DefinitionValidationResult Validate(string file, string json)
    {
        var errors = new List<DefinitionError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        }
        catch (JsonException ex)
        {
            errors.Add(new DefinitionError(file, "$", $"not valid JSON (line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}): {FirstLine(ex.Message)}"));
            return new DefinitionValidationResult(file, null, errors);
        }
        catch (ArgumentException ex)
        {
            errors.Add(new DefinitionError(file, "$", $"not valid JSON: {FirstLine(ex.Message)}"));
            return new DefinitionValidationResult(file, null, errors);
        }

        using (document)
        {
            var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
            if (!results.IsValid)
            {
                CollectSchemaErrors(file, results, errors);
                if (errors.Count == 0) errors.Add(new DefinitionError(file, "$", "does not match the workflow schema"));
                return new DefinitionValidationResult(file, null, Distinct(errors));
            }

            WorkflowDefinitionModel? model;
            try
            {
                model = document.RootElement.Deserialize<WorkflowDefinitionModel>(WorkflowDefinitionModel.JsonOptions);
            }
            catch (JsonException ex)
            {
                errors.Add(new DefinitionError(file, ex.Path is { Length: > 0 } p ? p : "$", FirstLine(ex.Message)));
                return new DefinitionValidationResult(file, null, errors);
            }
            if (model is null)
            {
                errors.Add(new DefinitionError(file, "$", "definition is empty"));
                return new DefinitionValidationResult(file, null, errors);
            }
            CheckRules(file, model, errors);
            return errors.Count == 0
                ? new DefinitionValidationResult(file, new CompiledDefinition(model, json), errors)
                : new DefinitionValidationResult(file, null, Distinct(errors));
        }
    }

    // Walk only failing nodes: a oneOf whose other branch passed is valid, so its failing branch is not reported.
    private static void CollectSchemaErrors(string file, EvaluationResults node, List<DefinitionError> errors)
    {
        if (node.IsValid) return;
        if (node.Errors is not null)
            foreach (var (keyword, message) in node.Errors)
                errors.Add(new DefinitionError(file, ToJsonPath(node.InstanceLocation.ToString()), $"{message} ({keyword})"));
        foreach (var child in node.Details ?? []) CollectSchemaErrors(file, child, errors);
    }

    private void CheckRules(string file, WorkflowDefinitionModel model, List<DefinitionError> errors)
    {
        void Error(string path, string reason) => errors.Add(new DefinitionError(file, path, reason));

        void CheckLimit(string? name, string path)
        {
            if (name is not null && !model.Limits.ContainsKey(name)) Error(path, $"unknown limit '{name}' (not declared in $.limits)");
        }

        var stateIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < model.States.Count; i++)
        {
            var state = model.States[i];
            var path = $"$.states[{i}]";
            if (!stateIndex.TryAdd(state.Name, i))
                Error($"{path}.name", $"duplicate state name '{state.Name}' (first at $.states[{stateIndex[state.Name]}])");
            CheckActions(state.Entry, $"{path}.entry", Error);
            CheckActions(state.Exit, $"{path}.exit", Error);
            CheckDuplicates(state.HumanTasks.Select(t => t.Name).ToList(), $"{path}.humanTasks", "human task", Error);
            CheckDuplicates(state.Deadlines.Select(d => d.Name).ToList(), $"{path}.deadlines", "deadline", Error);
            for (var h = 0; h < state.HumanTasks.Count; h++) CheckLimit(state.HumanTasks[h].Due.Limit, $"{path}.humanTasks[{h}].due.limit");
            for (var d = 0; d < state.Deadlines.Count; d++) CheckLimit(state.Deadlines[d].Duration.Limit, $"{path}.deadlines[{d}].duration.limit");
            for (var d = 0; d < state.Deadlines.Count; d++)
            {
                var escalation = state.Deadlines[d].Escalation;
                var epath = $"{path}.deadlines[{d}].escalation";
                CheckActions(escalation.Actions ?? [], $"{epath}.actions", Error);
                if (escalation.Trigger is { } trigger && !model.Transitions.Any(t => t.Trigger == trigger && t.From.Contains(state.Name, StringComparer.Ordinal)))
                    Error($"{epath}.trigger", $"no transition from state '{state.Name}' has trigger '{trigger}'");
            }
        }

        if (!stateIndex.ContainsKey(model.Initial))
            Error("$.initial", $"initial state '{model.Initial}' is not declared in $.states");

        var transitionNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var triggerBySource = new Dictionary<(string, string), int>();
        for (var i = 0; i < model.Transitions.Count; i++)
        {
            var t = model.Transitions[i];
            var path = $"$.transitions[{i}]";
            if (!transitionNames.TryAdd(t.Name, i))
                Error($"{path}.name", $"duplicate transition name '{t.Name}' (first at $.transitions[{transitionNames[t.Name]}])");
            for (var f = 0; f < t.From.Count; f++)
            {
                var fromPath = t.From.Count == 1 ? $"{path}.from" : $"{path}.from[{f}]";
                if (!stateIndex.ContainsKey(t.From[f]))
                    Error(fromPath, $"source state '{t.From[f]}' is not declared in $.states");
                if (!triggerBySource.TryAdd((t.From[f], t.Trigger), i))
                    Error($"{path}.trigger", $"trigger '{t.Trigger}' from state '{t.From[f]}' is already used by $.transitions[{triggerBySource[(t.From[f], t.Trigger)]}]");
            }
            if (!stateIndex.ContainsKey(t.To))
                Error($"{path}.to", $"target state '{t.To}' is not declared in $.states");
            for (var g = 0; g < t.Guards.Count; g++)
            {
                if (components is not null && !components.Guards.ContainsKey(t.Guards[g].Name))
                    Error($"{path}.guards[{g}]", $"unknown guard '{t.Guards[g].Name}' (no [WorkflowGuard] component carries this name)");
                CheckLimit(t.Guards[g].Limit, $"{path}.guards[{g}].limit");
            }
        }

        // Unreachable states only make sense once the graph itself is sound.
        if (stateIndex.ContainsKey(model.Initial))
        {
            var reached = new HashSet<string>(StringComparer.Ordinal) { model.Initial };
            var queue = new Queue<string>([model.Initial]);
            while (queue.TryDequeue(out var s))
                foreach (var t in model.Transitions.Where(t => t.From.Contains(s, StringComparer.Ordinal)))
                    if (stateIndex.ContainsKey(t.To) && reached.Add(t.To)) queue.Enqueue(t.To);
            for (var i = 0; i < model.States.Count; i++)
                if (!reached.Contains(model.States[i].Name))
                    Error($"$.states[{i}]", $"state '{model.States[i].Name}' is unreachable from the initial state '{model.Initial}'");
        }
    }

    private void CheckActions(IReadOnlyList<string> names, string path, Action<string, string> error)
    {
        if (components is null) return;
        for (var i = 0; i < names.Count; i++)
            if (!components.Actions.ContainsKey(names[i]))
                error($"{path}[{i}]", $"unknown action '{names[i]}' (no [WorkflowAction] component carries this name)");
    }

    private static void CheckDuplicates(IReadOnlyList<string> names, string path, string what, Action<string, string> error)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
            if (!seen.Add(names[i])) error($"{path}[{i}].name", $"duplicate {what} name '{names[i]}'");
    }

    private static List<DefinitionError> Distinct(List<DefinitionError> errors) => errors.Distinct().ToList();

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    /// <summary>"/states/2/name" → "$.states[2].name".</summary>
    internal static string ToJsonPath(string pointer)
    {
        var sb = new StringBuilder("$");
        if (string.IsNullOrEmpty(pointer) || pointer == "/" || pointer == "#") return "$";
        var trimmed = pointer.StartsWith('#') ? pointer[1..] : pointer;
        foreach (var raw in trimmed.Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/").Replace("~0", "~");
            if (segment.Length > 0 && segment.All(char.IsAsciiDigit)) sb.Append('[').Append(segment).Append(']');
            else if (segment.Length > 0 && (char.IsAsciiLetter(segment[0]) || segment[0] == '_') && segment.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) sb.Append('.').Append(segment);
            else sb.Append("['").Append(segment.Replace("'", "\\'")).Append("']");
        }
        return sb.ToString();
    }
}
