namespace InspectionSuite.Documents;

/// <summary>The seed plan's criteria aggregated over the checked units (percentages 0–100).</summary>
public sealed record KpiAggregates(
    int UnitsChecked,
    decimal MeetingsReducedPercent,
    decimal OnlineMeetingsSharePercent,
    decimal DigitalProceduresPercent,
    decimal DocumentsReducedPercent,
    int PlansIssuedOnTime,
    int ReportsOnTime);
