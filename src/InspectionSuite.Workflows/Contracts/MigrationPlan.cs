namespace InspectionSuite.Workflows.Contracts;

/// <summary>The outcome of a migration (dry run or applied).</summary>
public sealed record MigrationPlan(
    Guid InstanceId,
    int FromVersion,
    string FromState,
    int ToVersion,
    string ToState,
    IReadOnlyList<string> TasksCancelled,
    IReadOnlyList<string> TasksCreated,
    IReadOnlyList<string> DeadlinesCancelled,
    IReadOnlyList<string> DeadlinesCreated,
    bool Applied)
{
    /// <summary>Open tasks carried over (with their due time) to the assignee the target version declares for them, when it differs.</summary>
    public IReadOnlyList<string> TasksReassigned { get; init; } = [];
}
