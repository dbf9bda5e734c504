namespace InspectionSuite.Inbox;

/// <summary>A unit of the caller's tasks, with its name and code as the search compares them (<see cref="SearchText.Fold"/>).</summary>
internal sealed record InboxUnit(string Name, string Code)
{
    public string FoldedName { get; } = SearchText.Fold(Name);
    public string FoldedCode { get; } = SearchText.Fold(Code);
}
