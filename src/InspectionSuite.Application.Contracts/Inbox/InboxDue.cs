namespace InspectionSuite.Inbox;

/// <summary>When an inbox task is due, relative to today in Vietnam (docs/team-work.md, "Inbox filters").</summary>
public static class InboxDue
{
    /// <summary>Past its due time.</summary>
    public const string Overdue = "overdue";
    /// <summary>Not overdue, due before the end of this week (Sunday, Vietnam time).</summary>
    public const string ThisWeek = "week";
    /// <summary>Due after this week.</summary>
    public const string Later = "later";
    public static readonly IReadOnlyList<string> All = [Overdue, ThisWeek, Later];
}
