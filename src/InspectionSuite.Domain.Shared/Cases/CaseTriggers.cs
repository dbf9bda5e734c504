namespace InspectionSuite.Cases;

/// <summary>Trigger names shared by both definitions.</summary>
public static class CaseTriggers
{
    public const string Decide = "Decide";
    public const string Announce = "Announce";
    public const string StartOnSite = "StartOnSite";
    public const string EndOnSite = "EndOnSite";
    public const string SubmitResultsReport = "SubmitResultsReport";
    public const string Publish = "Publish";
    public const string StartSanctioning = "StartSanctioning";
    public const string StartFollowUp = "StartFollowUp";
    public const string Close = "Close";
    public const string Cancel = "Cancel";
    // noi-vu.check v2 (the visit reuses StartOnSite / EndOnSite)
    public const string RequestSelfAssessment = "RequestSelfAssessment";
    public const string IssueConclusionNotice = "IssueConclusionNotice";
}
