namespace InspectionSuite.Workflows.Contracts;

/// <summary>Result of a fired trigger.</summary>
public sealed record FireResult(Guid InstanceId, string From, string To, string Trigger, int Version);
