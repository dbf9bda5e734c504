namespace InspectionSuite.Workflows.Definitions;

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
