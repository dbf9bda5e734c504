using System.Text.Json;
using System.Text.Json.Serialization;

namespace InspectionSuite.Workflows.Definitions;

/// <summary>A text in both languages.</summary>
public sealed class LocalizedText
{
    public string Vi { get; set; } = "";
    public string En { get; set; } = "";
    public string Get(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : Vi;
}

/// <summary>A duration: calendar days or working days (weekends and configured holidays skipped).</summary>
public sealed class DurationModel
{
    public int Days { get; set; }
    public string Kind { get; set; } = "calendar";
    [JsonIgnore] public bool IsWorking => Kind == "working";
}

/// <summary>A declared variable.</summary>
public sealed class VariableModel
{
    public string Type { get; set; } = "string";
    public bool Required { get; set; }
    public LocalizedText? Label { get; set; }
}

/// <summary>A task created for a role or a user when the state is entered.</summary>
public sealed class HumanTaskModel
{
    public string Name { get; set; } = "";
    public LocalizedText? Labels { get; set; }
    public string? Role { get; set; }
    public string? User { get; set; }
    public DurationModel Due { get; set; } = new();
}

/// <summary>What happens when a deadline expires: run escalation actions (and flag overdue, notify) or fire a trigger.</summary>
public sealed class EscalationModel
{
    public List<string>? Actions { get; set; }
    public List<string>? Notify { get; set; }
    public string? Trigger { get; set; }
}

/// <summary>A timer armed on state entry, cancelled on exit.</summary>
public sealed class DeadlineModel
{
    public string Name { get; set; } = "";
    public DurationModel Duration { get; set; } = new();
    public EscalationModel Escalation { get; set; } = new();
}

/// <summary>A state.</summary>
public sealed class StateModel
{
    public string Name { get; set; } = "";
    public LocalizedText Labels { get; set; } = new();
    public bool Final { get; set; }
    public List<string> Entry { get; set; } = [];
    public List<string> Exit { get; set; } = [];
    public List<HumanTaskModel> HumanTasks { get; set; } = [];
    public List<DeadlineModel> Deadlines { get; set; } = [];
}

/// <summary>A transition; <see cref="From"/> may list several source states (e.g. Cancel).</summary>
public sealed class TransitionModel
{
    public string Name { get; set; } = "";
    [JsonConverter(typeof(StringOrArrayConverter))]
    public List<string> From { get; set; } = [];
    public string To { get; set; } = "";
    public string Trigger { get; set; } = "";
    public LocalizedText? Labels { get; set; }
    public List<string> Guards { get; set; } = [];
    public string? Permission { get; set; }
}

/// <summary>The JSON definition of a workflow (see workflows/README.md).</summary>
public sealed class WorkflowDefinitionModel
{
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public LocalizedText Name { get; set; } = new();
    public string? Description { get; set; }
    public Dictionary<string, VariableModel> Variables { get; set; } = new();
    public string Initial { get; set; } = "";
    public List<StateModel> States { get; set; } = [];
    public List<TransitionModel> Transitions { get; set; } = [];

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };
}

internal sealed class StringOrArrayConverter : JsonConverter<List<string>>
{
    public override List<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String
            ? [reader.GetString()!]
            : JsonSerializer.Deserialize<List<string>>(ref reader) ?? [];

    public override void Write(Utf8JsonWriter writer, List<string> value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, value);
}
