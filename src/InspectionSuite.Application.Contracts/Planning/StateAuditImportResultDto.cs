namespace InspectionSuite.Planning;

public sealed record StateAuditImportResultDto(bool Succeeded, int Excluded, IReadOnlyList<PlanImportLineError> Errors)
{
    /// <summary>Errors beyond the first CsvLimits.MaxReportedErrors, not listed.</summary>
    public int MoreErrors { get; init; }
}
