namespace InspectionSuite.Oversight;

// ---------------------------------------------------------------- supervisor: load, overdue board, reassignment

public sealed record InspectorLoadDto(Guid UserId, string UserName, string FullName, int OpenCases, int LeadingCases, int OpenTasks);
