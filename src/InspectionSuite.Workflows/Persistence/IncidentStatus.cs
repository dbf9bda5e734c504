namespace InspectionSuite.Workflows.Persistence;

/// <summary>Incident status.</summary>
public static class IncidentStatus
{
    public const string Open = "Open";
    public const string Resolved = "Resolved";
}
