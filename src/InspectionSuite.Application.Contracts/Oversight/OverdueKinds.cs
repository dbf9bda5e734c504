namespace InspectionSuite.Oversight;

/// <summary>Kinds of the overdue board besides workflow tasks; each is one <c>IOverdueSource</c> (docs/team-work.md, "Overdue board").</summary>
public static class OverdueKinds
{
    /// <summary>A workflow deadline (e.g. end of on-site work) that expired while the case is still in its state.</summary>
    public const string Deadline = "Deadline";
    /// <summary>A sanction of a conclusion past its deadline, not done nor carried over.</summary>
    public const string Sanction = "Sanction";
    /// <summary>A recommendation (kiến nghị chấn chỉnh, đề xuất xử lý trách nhiệm) past its deadline, not done nor carried over.</summary>
    public const string Recommendation = "Recommendation";
    /// <summary>A document request the unit has not answered by its due date.</summary>
    public const string UnitReport = "UnitReport";
    /// <summary>A unit's periodic KPI report (issue 15) not sent by its due date; not on a case.</summary>
    public const string KpiReport = "KpiReport";
    /// <summary>A unit's periodic KPI report returned by Sở Nội vụ and not resubmitted by its resubmission due date; not on a case.</summary>
    public const string KpiResubmission = "KpiResubmission";
    /// <summary>A unit's implementation plan not sent by its deadline (seed IV.1: 10/05/2026); not on a case.</summary>
    public const string UnitPlan = "UnitPlan";
    /// <summary>The văn bản kiến nghị (Luật Thanh tra 2025, Điều 52) not recorded by its due date.</summary>
    public const string RecommendationLetter = "RecommendationLetter";
    /// <summary>The Chủ tịch UBND tỉnh's direction (Điều 53) not recorded by its due date.</summary>
    public const string Direction = "Direction";
}
