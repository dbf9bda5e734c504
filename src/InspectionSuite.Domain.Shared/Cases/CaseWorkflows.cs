namespace InspectionSuite.Cases;

/// <summary>Workflow definition ids per kind and the deadline names the case reads from them.</summary>
public static class CaseWorkflows
{
    public const string InspectionDefinitionId = "thanh-tra.inspection";
    public const string CheckDefinitionId = "noi-vu.check";

    public const string OnSiteDeadline = "OnSiteEnds";
    public const string ResultsReportDeadline = "ResultsReportDue";
    public const string ConclusionDeadline = "ConclusionDue";

    // Time limits of a definition ($.limits, with their articles) the application reads besides the runtime's deadlines.
    /// <summary>Thời hạn thanh tra; when a definition has it, the period is counted from the announcement (công bố).</summary>
    public const string InspectionPeriodLimit = "InspectionPeriod";
    /// <summary>Gia hạn: most days (days) and how many times (times).</summary>
    public const string ExtensionLimit = "Extension";
    /// <summary>Công bố quyết định within this many days of the decision.</summary>
    public const string AnnouncementLimit = "Announcement";
    /// <summary>Dự thảo kết luận within this many days of the results report.</summary>
    public const string DraftConclusionLimit = "DraftConclusion";
    /// <summary>Văn bản kiến nghị of the head of the inspectorate within this many days of the conclusion (Điều 52).</summary>
    public const string RecommendationLetterLimit = "RecommendationLetter";
    /// <summary>The Chủ tịch UBND tỉnh's direction within this many days of the văn bản kiến nghị (Điều 53).</summary>
    public const string DirectionLimit = "Direction";

    // Human tasks the application completes or opens by name (workflow definitions name them).
    /// <summary>Leadership's "Gia hạn" task (v3, opened on request when the team asks for an extension).</summary>
    public const string DecideExtensionTask = "DecideExtension";
    /// <summary>Leadership's văn bản kiến nghị task (Điều 52), completed when the letter is recorded.</summary>
    public const string RecommendationLetterTask = "RecommendationLetter";

    /// <summary>The key of <c>citations</c> in templates/legal-bases.json for this kind of case.</summary>
    public static string LegalProcedure(CaseKind kind) => kind == CaseKind.Inspection ? "thanh-tra" : "kiem-tra";

    public static string DefinitionFor(CaseKind kind) => kind == CaseKind.Inspection ? InspectionDefinitionId : CheckDefinitionId;
}
