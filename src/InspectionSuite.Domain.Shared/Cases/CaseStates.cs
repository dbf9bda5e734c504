namespace InspectionSuite.Cases;

/// <summary>State names shared by both workflow definitions (workflows/*.json).</summary>
public static class CaseStates
{
    public const string Planned = "Planned";
    public const string Decided = "Decided";
    public const string Announced = "Announced";
    /// <summary>A check (noi-vu.check v2) waits for the unit's self-assessment before the visit.</summary>
    public const string SelfAssessment = "SelfAssessment";
    public const string OnSite = "OnSite";
    public const string Reporting = "Reporting";
    public const string Concluding = "Concluding";
    public const string Published = "Published";
    public const string Sanctioning = "Sanctioning";
    public const string FollowUp = "FollowUp";
    public const string Closed = "Closed";
    public const string Cancelled = "Cancelled";

    public static readonly string[] Ordered = [Planned, Decided, Announced, SelfAssessment, OnSite, Reporting, Concluding, Published, Sanctioning, FollowUp, Closed];

    /// <summary>Position in the lifecycle; Cancelled sorts after Closed.</summary>
    public static int Rank(string state) => Array.IndexOf(Ordered, state) is var i and >= 0 ? i : Ordered.Length;
}
