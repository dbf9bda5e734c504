namespace InspectionSuite.Documents;

// Lives in Contracts (same namespace as the engine) so the app service interfaces can name it.
public enum ReportPeriodKind
{
    /// <summary>Báo cáo 6 tháng, due before 15 June.</summary>
    SixMonths,
    /// <summary>Báo cáo năm, due before 15 December.</summary>
    Annual,
}
