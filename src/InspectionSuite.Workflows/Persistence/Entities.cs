namespace InspectionSuite.Workflows.Persistence;

/// <summary>Lifecycle of a stored definition version: drafts can be replaced, published versions never change.</summary>
public enum DefinitionStatus { Draft = 0, Published = 1 }

/// <summary>One version of a workflow definition, its JSON kept verbatim.</summary>
public class WorkflowDefinitionRecord
{
    public Guid Id { get; set; }
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public DefinitionStatus Status { get; set; }
    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";
    /// <summary>Full JSON text; large, never needed by list queries.</summary>
    public string Json { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
}

/// <summary>Instance status.</summary>
public static class WorkflowInstanceStatus
{
    public const string Running = "Running";
    public const string Finished = "Finished";
    public const string Cancelled = "Cancelled";
}

/// <summary>A running (or ended) workflow, pinned to the definition version it started on.</summary>
public class WorkflowInstance
{
    public Guid Id { get; set; }
    public string DefinitionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string CorrelationId { get; set; } = "";
    public string State { get; set; } = "";
    public string Status { get; set; } = WorkflowInstanceStatus.Running;
    /// <summary>Concurrency token; incremented by every journaled change. The journal sequence equals it.</summary>
    public int Version { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>Variables of an instance in their own table so that instance lists never load them.</summary>
public class WorkflowInstanceData
{
    public Guid InstanceId { get; set; }
    public string VariablesJson { get; set; } = "{}";
}

/// <summary>Bookmark kinds.</summary>
public static class BookmarkKind
{
    public const string Deadline = "Deadline";
}

/// <summary>Bookmark status. A due bookmark moves Pending → Done exactly once (conditional update).</summary>
public static class BookmarkStatus
{
    public const string Pending = "Pending";
    public const string Done = "Done";
    public const string Cancelled = "Cancelled";
    public const string Faulted = "Faulted";
}

/// <summary>A durable wait: a deadline timer of the instance's current state.</summary>
public class WorkflowBookmark
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public string Kind { get; set; } = BookmarkKind.Deadline;
    public string Name { get; set; } = "";
    public string State { get; set; } = "";
    public DateTime DueAtUtc { get; set; }
    public string Status { get; set; } = BookmarkStatus.Pending;
    public string? ProcessedBy { get; set; }
    public DateTime? ProcessedAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>Human task status.</summary>
public static class HumanTaskStatus
{
    public const string Open = "Open";
    public const string Completed = "Completed";
    public const string SentBack = "SentBack";
    public const string Reassigned = "Reassigned";
    public const string Cancelled = "Cancelled";
}

/// <summary>Work waiting for a person (a user, or anyone holding a role) in the instance's current state.</summary>
public class WorkflowHumanTask
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public string CorrelationId { get; set; } = "";
    public string Name { get; set; } = "";
    public string State { get; set; } = "";
    public string? AssigneeRole { get; set; }
    public string? AssigneeUserId { get; set; }
    public DateTime DueAtUtc { get; set; }
    public bool IsOverdue { get; set; }
    public string Status { get; set; } = HumanTaskStatus.Open;
    /// <summary>The task this one replaced (reassignment or send-back).</summary>
    public Guid? PreviousTaskId { get; set; }
    public string? PreviousAssigneeUserId { get; set; }
    public string? SendBackReason { get; set; }
    public string? CompletedBy { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    public string? Outcome { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public int Version { get; set; }
}

/// <summary>Journal kinds.</summary>
public static class JournalKind
{
    public const string Started = "Started";
    public const string Transition = "Transition";
    public const string TaskOpened = "TaskOpened";
    public const string TaskCompleted = "TaskCompleted";
    public const string TaskReassigned = "TaskReassigned";
    public const string TaskSentBack = "TaskSentBack";
    public const string Escalation = "Escalation";
    public const string Migrated = "Migrated";
    public const string Cancelled = "Cancelled";
    public const string Retried = "Retried";
}

/// <summary>Append-only record of one step of an instance.</summary>
public class WorkflowJournalEntry
{
    public long Id { get; set; }
    public Guid InstanceId { get; set; }
    public int Sequence { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public string Kind { get; set; } = "";
    public string ActorId { get; set; } = "";
    public string? ActorName { get; set; }
    public string? FromState { get; set; }
    public string? ToState { get; set; }
    public string? Trigger { get; set; }
    public string? PayloadSummary { get; set; }
    /// <summary>Full payload JSON; large, never loaded by list queries.</summary>
    public string? PayloadJson { get; set; }
    public double DurationMs { get; set; }
}

/// <summary>Incident status.</summary>
public static class IncidentStatus
{
    public const string Open = "Open";
    public const string Resolved = "Resolved";
}

/// <summary>An action threw: the step was rolled back and waits for a retry.</summary>
public class WorkflowIncident
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    /// <summary>"Transition" (retry re-fires <see cref="Trigger"/>) or "Timer" (retry re-arms <see cref="BookmarkId"/>).</summary>
    public string Kind { get; set; } = "Transition";
    public string? Trigger { get; set; }
    public string? FromState { get; set; }
    public Guid? BookmarkId { get; set; }
    public string? ActionName { get; set; }
    public string ErrorType { get; set; } = "";
    public string Message { get; set; } = "";
    public string? PayloadJson { get; set; }
    public string ActorId { get; set; } = "";
    public int Attempts { get; set; }
    public string Status { get; set; } = IncidentStatus.Open;
    public DateTime OccurredAtUtc { get; set; }
    public DateTime? ResolvedAtUtc { get; set; }
}
