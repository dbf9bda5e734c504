namespace InspectionSuite.Workflows.Contracts;

/// <summary>A deadline expired on an instance; <see cref="Recipients"/> are the roles/users named by the escalation.</summary>
public sealed record OverdueNotice(Guid InstanceId, string CorrelationId, string DefinitionId, string State, string Deadline, DateTime DueAtUtc, IReadOnlyList<string> Recipients);
