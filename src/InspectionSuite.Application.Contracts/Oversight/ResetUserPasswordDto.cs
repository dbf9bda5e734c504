namespace InspectionSuite.Oversight;

/// <summary>A temporary password the admin hands over; the user must replace it at their next sign-in.</summary>
public sealed record ResetUserPasswordDto(string TemporaryPassword);
