using System.Text.Json.Serialization;

namespace InspectionSuite.Workflows.Definitions;

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
