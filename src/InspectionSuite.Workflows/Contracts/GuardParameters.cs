namespace InspectionSuite.Workflows.Contracts;

/// <summary>
/// The parameters a definition gives a guard (<c>{"name":"PublicationAtLeast","limit":"PublicationMinimum"}</c>): days and
/// kind of a time limit, a count, and the article they come from. <see cref="None"/> for a guard written as a plain name.
/// </summary>
public sealed record GuardParameters(int? Days, string? Kind, int? Times, string? Article, string? Limit)
{
    public static GuardParameters None { get; } = new(null, null, null, null, null);
    public bool IsWorking => Kind == "working";

    public static GuardParameters From(Definitions.GuardModel g) => new(g.Days, g.Kind, g.Times, g.Article, g.Limit);
}
