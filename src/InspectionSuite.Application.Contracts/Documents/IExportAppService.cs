namespace InspectionSuite.Documents;

/// <summary>Registers and tables as .xlsx or .csv (UTF-8 with BOM) through the documents engine.</summary>
public interface IExportAppService
{
    Task<GeneratedFile> ExportAsync(ExportKind kind, ExportFormat format, ExportFilter filter, CancellationToken ct = default);
}
