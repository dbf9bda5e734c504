namespace InspectionSuite.Documents;

/// <summary>One periodic report with its due date relative to today.</summary>
public sealed record DueReportDto(ReportPeriodKind Kind, int Year, string Label, DateOnly From, DateOnly To, DateOnly DueBefore, DateOnly LastDay,
    int DaysLeft, bool IsNext, bool IsPast);
