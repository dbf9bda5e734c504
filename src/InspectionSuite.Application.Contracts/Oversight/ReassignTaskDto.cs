namespace InspectionSuite.Oversight;

/// <summary>Hand an open task to a user (or back to a role's pool when <see cref="ToUserId"/> is null).</summary>
public sealed record ReassignTaskDto(Guid? ToUserId, string? ToRole);
