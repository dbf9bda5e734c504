namespace InspectionSuite.Workflows.Contracts;

/// <summary>A trigger of the current state and whether the actor may fire it now; when refused, <see cref="ReasonCode"/> is a localizable error code.</summary>
public sealed record TriggerOption(string Trigger, string Transition, string To, string? Permission, bool Allowed, string? ReasonCode, object?[]? ReasonArgs);

/// <summary>Summary of an instance (no variables).</summary>
public sealed record WorkflowInstanceInfo(Guid Id, string DefinitionId, int DefinitionVersion, string CorrelationId, string State, string Status, int Version, DateTime CreatedAtUtc, DateTime UpdatedAtUtc);

/// <summary>Result of a fired trigger.</summary>
public sealed record FireResult(Guid InstanceId, string From, string To, string Trigger, int Version);

/// <summary>A page of items with the total count before paging; <paramref name="TotalCountIsLowerBound"/> when counting stopped at the caller's limit.</summary>
public sealed record PagedResult<T>(int TotalCount, IReadOnlyList<T> Items, bool TotalCountIsLowerBound = false);

/// <summary>An inbox line.</summary>
public sealed record HumanTaskInfo(Guid Id, Guid InstanceId, string CorrelationId, string Name, string State, string? AssigneeRole, string? AssigneeUserId, DateTime DueAtUtc, bool IsOverdue, string Status, string? SendBackReason, DateTime CreatedAtUtc);

/// <summary>A journal line (payload summary only; the full payload stays in its own column).</summary>
public sealed record JournalEntryInfo(int Sequence, DateTime OccurredAtUtc, string Kind, string ActorId, string? ActorName, string? From, string? To, string? Trigger, string? PayloadSummary, double DurationMs);

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
