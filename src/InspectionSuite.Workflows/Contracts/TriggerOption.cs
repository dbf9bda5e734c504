namespace InspectionSuite.Workflows.Contracts;

/// <summary>A trigger of the current state and whether the actor may fire it now; when refused, <see cref="ReasonCode"/> is a localizable error code.</summary>
public sealed record TriggerOption(string Trigger, string Transition, string To, string? Permission, bool Allowed, string? ReasonCode, object?[]? ReasonArgs);
