namespace InspectionSuite.Documents;

/// <summary>The periodic report of the plan's implementation (Sở Nội vụ → Bộ Nội vụ), computed from the database.</summary>
public interface IPeriodicReportAppService
{
    /// <summary>The report as an official .docx or as an .xlsx workbook with the same figures.</summary>
    Task<GeneratedFile> GenerateAsync(AuthorityCode authority, ReportPeriodKind kind, int year, ReportFormat format, CancellationToken ct = default);

    /// <summary>This year's reports and the next one due, with days left (for the dashboard).</summary>
    Task<IReadOnlyList<DueReportDto>> GetDueReportsAsync(DateOnly? today = null, CancellationToken ct = default);
}
