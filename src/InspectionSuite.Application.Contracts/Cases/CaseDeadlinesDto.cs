namespace InspectionSuite.Cases;

/// <summary>Due dates computed from the definition's time limits, moved by extensions and suspensions.</summary>
public sealed record CaseDeadlinesDto(
    DateOnly? OnSiteDue, bool OnSiteOverdue,
    DateOnly? ResultsReportDue, bool ResultsReportOverdue,
    DateOnly? ConclusionDue, bool ConclusionOverdue,
    int OnSiteDays, string OnSiteDayKind, int ExtensionDays, int SuspendedDays)
{
    /// <summary>Công bố due (decision date + the definition's announcement limit); null when the definition has none.</summary>
    public DateOnly? AnnouncementDue { get; init; }
    public bool AnnouncementOverdue { get; init; }
    /// <summary>Dự thảo kết luận due (results report date + the definition's draft limit, Điều 34).</summary>
    public DateOnly? DraftConclusionDue { get; init; }
    public bool DraftConclusionOverdue { get; init; }
    /// <summary>Văn bản kiến nghị due (published conclusion + the definition's limit, Điều 52).</summary>
    public DateOnly? RecommendationLetterDue { get; init; }
    public bool RecommendationLetterOverdue { get; init; }
    /// <summary>The Chủ tịch UBND tỉnh's direction due (văn bản kiến nghị + the definition's limit, Điều 53).</summary>
    public DateOnly? DirectionDue { get; init; }
    public bool DirectionOverdue { get; init; }

    /// <summary>No workflow yet: nothing is due.</summary>
    public static readonly CaseDeadlinesDto None = new(null, false, null, false, null, false, 0, "calendar", 0, 0);
}
