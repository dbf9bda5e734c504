namespace InspectionSuite.Inbox;

/// <summary>The inbox's orders: due date (default, soonest first), case code, case state.</summary>
public static class InboxSorting
{
    public const string Due = "due";
    public const string Code = "code";
    public const string State = "state";
    public static readonly IReadOnlyList<string> All = [Due, Code, State];
}
