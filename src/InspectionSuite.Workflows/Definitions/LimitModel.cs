using System.Text.Json.Serialization;

namespace InspectionSuite.Workflows.Definitions;

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
