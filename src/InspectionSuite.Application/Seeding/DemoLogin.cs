namespace InspectionSuite.Seeding;

/// <summary>A demo login printed at start-up and listed in README (Development only).</summary>
public sealed record DemoLogin(string UserName, string Password, string Role, string FullName, string? Position = null);
