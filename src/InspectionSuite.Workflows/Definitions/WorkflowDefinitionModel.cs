using System.Text.Json.Serialization;

namespace InspectionSuite.Workflows.Definitions;

/// <summary>A text in both languages.</summary>
public sealed class LocalizedText
{
    public string Vi { get; set; } = "";
    public string En { get; set; } = "";
    public string Get(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : Vi;
}

/// <summary>
/// A duration: calendar days or working days (weekends and configured holidays skipped). Either given here
/// (<see cref="Days"/>, <see cref="Kind"/>) or named by <see cref="Limit"/>, one of the definition's
/// <see cref="WorkflowDefinitionModel.Limits"/>, which the compiled definition copies in (one number, one place).
/// </summary>
public sealed class DurationModel
{
    public int Days { get; set; }
    public string Kind { get; set; } = "calendar";
    /// <summary>Name of a time limit of the definition (<c>$.limits</c>) this duration takes its days and kind from.</summary>
    public string? Limit { get; set; }
    [JsonIgnore] public bool IsWorking => Kind == "working";
}

/// <summary>
/// A time limit of the procedure, as a parameter of the definition with the legal article it comes from
/// (e.g. conclusion signed within 15 days of the draft, Điều 36). Durations and guards refer to it by name.
/// </summary>
public sealed class LimitModel
{
    public int Days { get; set; }
    public string Kind { get; set; } = "calendar";
    /// <summary>How many times it may be used (e.g. one extension), when it is a count as well as a length.</summary>
    public int? Times { get; set; }
    /// <summary>The article it implements, e.g. "Điều 36 Luật Thanh tra 84/2025/QH15"; say so when unverified.</summary>
    public string Article { get; set; } = "";
    /// <summary>False when the law gives no number that could be verified and the value is the province's choice.</summary>
    public bool Verified { get; set; } = true;
    /// <summary>Why this number (for docs/cases.md): e.g. "as under the previous law; to be checked".</summary>
    public string? Note { get; set; }
    public LocalizedText? Labels { get; set; }
    [JsonIgnore] public bool IsWorking => Kind == "working";
}

/// <summary>
/// A guard of a transition: a name (a <c>[WorkflowGuard]</c> component), written as a plain string, or an object
/// with parameters: <c>{"name":"PublicationAtLeast","limit":"PublicationMinimum"}</c> or <c>{"name":"X","days":15,"kind":"calendar"}</c>.
/// </summary>
[JsonConverter(typeof(GuardModelConverter))]
public sealed class GuardModel
{
    public string Name { get; set; } = "";
    public string? Limit { get; set; }
    public int? Days { get; set; }
    public string? Kind { get; set; }
    public int? Times { get; set; }
    public string? Article { get; set; }

    public static implicit operator GuardModel(string name) => new() { Name = name };
    public override string ToString() => Name;
}

/// <summary>A declared variable.</summary>
public sealed class VariableModel
{
    public string Type { get; set; } = "string";
    public bool Required { get; set; }
    public LocalizedText? Label { get; set; }
}

/// <summary>A task created for a role or a user when the state is entered (or, <see cref="OnRequest"/>, when the application opens it).</summary>
public sealed class HumanTaskModel
{
    public string Name { get; set; } = "";
    /// <summary>
    /// Not created on entry: the application opens it while the instance is in the state, when something asks for it
    /// (e.g. the team asks for an extension: Leadership's "Gia hạn" task); at most one open at a time; cancelled on exit
    /// like any other task.
    /// </summary>
    public bool OnRequest { get; set; }
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
    public List<GuardModel> Guards { get; set; } = [];
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
    /// <summary>Time limits of the procedure (name → days, kind, article); see <see cref="LimitModel"/>.</summary>
    public Dictionary<string, LimitModel> Limits { get; set; } = new();
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

internal sealed class GuardModelConverter : JsonConverter<GuardModel>
{
    public override GuardModel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return new GuardModel { Name = reader.GetString()! };
        var o = JsonSerializer.Deserialize<GuardObject>(ref reader, options) ?? new GuardObject();
        return new GuardModel { Name = o.Name, Limit = o.Limit, Days = o.Days, Kind = o.Kind, Times = o.Times, Article = o.Article };
    }

    public override void Write(Utf8JsonWriter writer, GuardModel value, JsonSerializerOptions options)
    {
        if (value.Limit is null && value.Days is null && value.Kind is null && value.Times is null && value.Article is null)
            writer.WriteStringValue(value.Name);
        else
            JsonSerializer.Serialize(writer, new GuardObject { Name = value.Name, Limit = value.Limit, Days = value.Days, Kind = value.Kind, Times = value.Times, Article = value.Article }, options);
    }

    private sealed class GuardObject
    {
        public string Name { get; set; } = "";
        public string? Limit { get; set; }
        public int? Days { get; set; }
        public string? Kind { get; set; }
        public int? Times { get; set; }
        public string? Article { get; set; }
    }
}
