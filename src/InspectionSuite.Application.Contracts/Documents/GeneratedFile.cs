namespace InspectionSuite.Documents;

/// <summary>A generated file: a safe ASCII file name, its content type and bytes.</summary>
public sealed record GeneratedFile(string FileName, string ContentType, byte[] Content)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string PdfContentType = "application/pdf";
}
