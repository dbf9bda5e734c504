using System.Text.Json.Serialization;

namespace InspectionSuite.Workflows.Definitions;

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
