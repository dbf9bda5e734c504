namespace InspectionSuite.Cases;

// ---------------------------------------------------------------- re-check of the implementation (follow-up)

public sealed record ReCheckInspectorDto(Guid UserId, string UserName, string FullName);
