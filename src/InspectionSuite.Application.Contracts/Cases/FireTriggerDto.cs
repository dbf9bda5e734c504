namespace InspectionSuite.Cases;

/// <summary>Fire a trigger with the workflow version the caller saw (409 when stale). <see cref="Reason"/> is required by Cancel.</summary>
public sealed record FireTriggerDto(int ExpectedVersion, string? Reason = null);
