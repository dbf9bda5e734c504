namespace InspectionSuite.Cases;

public static class SanctionStatusExtensions
{
    /// <summary>Done or carried over: no longer awaited, so never overdue (the one definition for domain and pages).</summary>
    public static bool IsResolved(this SanctionStatus status) => status is SanctionStatus.Done or SanctionStatus.CarriedOver;
}
