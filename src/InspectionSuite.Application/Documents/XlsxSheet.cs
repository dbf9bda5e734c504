namespace InspectionSuite.Documents;

/// <summary>One worksheet of a workbook.</summary>
public sealed record XlsxSheet(string Name, TabularExport Table);
