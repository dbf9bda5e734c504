namespace InspectionSuite.Oversight;

/// <summary>The address notifications are e-mailed to; empty removes it (the user then gets them in the app only).</summary>
public sealed record SetUserEmailDto(string? Email);
