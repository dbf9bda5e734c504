namespace InspectionSuite.Planning;

/// <summary>Limits of annual plans.</summary>
public static class PlanningConsts
{
    public const int MaxSeedLength = 128;
    public const int MaxReasonLength = 512;
    public const int MaxDetailLength = 1024;
    public const int MaxNoteLength = 512;
    /// <summary>Subject (nội dung) of a hand-listed inspection of Thanh tra tỉnh's plan; it becomes the case's title.</summary>
    public const int MaxSubjectLength = 512;
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    /// <summary>Risk scores of the draw (engine default 50 for units without one).</summary>
    public const int MinRiskScore = 0;
    public const int MaxRiskScore = 100;
    /// <summary>Default month-day from which a low projection raises an alert (option Planning:CoverageAlertFrom).</summary>
    public const string DefaultCoverageAlertFrom = "07-01";
}
