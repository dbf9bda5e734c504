using System.Text.Json.Serialization;

namespace InspectionSuite.Workflows.Definitions;

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
