namespace InspectionSuite.Monitoring;

/// <summary>
/// A unit's report for a period: its standing against the due date and its raw figures (indicator code → figure name →
/// value, the PUT body's shape). With no report, <see cref="Status"/> is null and the figures are empty.
/// </summary>
public sealed record UnitKpiReportDto(
    Guid UnitId, string UnitCode, string UnitName, string Period, DateOnly DueOn, SubmissionStanding Standing,
    KpiReportStatus? Status, DateOnly? FirstSubmittedOn, DateOnly? SubmittedOn, string? ReturnReason, DateOnly? ReturnedOn,
    IReadOnlyDictionary<string, Dictionary<string, long>> Figures)
{
    /// <summary>While the report is returned: the last day to resubmit it (<c>Monitoring:ResubmitWorkingDays</c> after the return).</summary>
    public DateOnly? ResubmitDueOn { get; init; }
}
