namespace InspectionSuite.Planning;

/// <summary>Result of a risk-score CSV: all or nothing; <see cref="Imported"/> scores on success, every bad line otherwise.</summary>
public sealed record RiskScoreImportResultDto(bool Succeeded, int Imported, IReadOnlyList<PlanImportLineError> Errors)
{
    /// <summary>Errors beyond the first CsvLimits.MaxReportedErrors, not listed.</summary>
    public int MoreErrors { get; init; }
}
