namespace InspectionSuite.Documents;

/// <summary>
/// A reporting period. <see cref="From"/>–<see cref="To"/> is the data cut-off of Nghị định 09/2019/NĐ-CP
/// art. 12 (from 15 December of the previous year to 14 June / 14 December); the report must arrive
/// before <see cref="DueBefore"/>, so <see cref="LastDay"/> is the last day it is on time.
/// </summary>
public sealed record ReportingPeriod(ReportPeriodKind Kind, int Year, DateOnly From, DateOnly To, DateOnly DueBefore)
{
    public DateOnly LastDay => DueBefore.AddDays(-1);

    public bool IsOnTime(DateOnly submittedOn) => submittedOn < DueBefore;

    /// <summary>"6 tháng đầu năm 2026" / "năm 2026".</summary>
    public string Label => Kind == ReportPeriodKind.SixMonths ? $"6 tháng đầu năm {Year}" : $"năm {Year}";
}
