namespace InspectionSuite.Organization;

/// <summary>Import outcome: either counts of what changed, or the line errors (and nothing changed).</summary>
public sealed record UnitImportResultDto(bool Succeeded, int Created, int Updated, int DemoRowsRemoved, IReadOnlyList<UnitImportLineError> Errors)
{
    /// <summary>Errors beyond the first CsvLimits.MaxReportedErrors, not listed.</summary>
    public int MoreErrors { get; init; }
}
