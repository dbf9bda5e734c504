namespace InspectionSuite.Documents;

// Lives in Contracts (same namespace as the engine) so the app service interfaces can name it.

/// <summary>The official documents generated for a case; each has one replaceable template file.</summary>
public enum DocumentKind
{
    /// <summary>Quyết định thanh tra.</summary>
    InspectionDecision,
    /// <summary>Quyết định kiểm tra.</summary>
    CheckDecision,
    /// <summary>Kế hoạch tiến hành thanh tra/kiểm tra.</summary>
    CaseWorkPlan,
    /// <summary>Biên bản.</summary>
    Minutes,
    /// <summary>Báo cáo kết quả thanh tra/kiểm tra.</summary>
    ResultsReport,
    /// <summary>Kết luận thanh tra.</summary>
    InspectionConclusion,
    /// <summary>Thông báo kết quả kiểm tra.</summary>
    CheckResultsNotice,
    /// <summary>Quyết định gia hạn.</summary>
    ExtensionDecision,
    /// <summary>Quyết định tạm dừng.</summary>
    SuspensionDecision,
    /// <summary>Biên bản công bố quyết định thanh tra/kiểm tra (the announcement, signed by the team and the unit).</summary>
    AnnouncementMinutes,
    /// <summary>Văn bản kiến nghị (Luật Thanh tra 2025, Điều 52): a công văn to the competent authority after the conclusion.</summary>
    RecommendationLetter,
    /// <summary>
    /// Kế hoạch thanh tra năm / Kế hoạch kiểm tra năm: the approved annual plan of an issuing body, not of a case (Luật
    /// Thanh tra 2025 on the annual plan; Nghị định 30/2020, Phụ lục I for the layout).
    /// </summary>
    AnnualPlan,
    /// <summary>
    /// Quyết định thay đổi thành viên Đoàn: a decision of the người ra quyết định changing the team after the decision
    /// (one document per team change of the case).
    /// </summary>
    TeamChangeDecision,
}
