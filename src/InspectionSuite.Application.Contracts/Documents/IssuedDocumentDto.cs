namespace InspectionSuite.Documents;

/// <summary>One entry of the document register: number and symbol as issued, the file's SHA-256, and where it stands.</summary>
public sealed record IssuedDocumentDto(
    Guid Id, AuthorityCode Authority, int Year, int Number, string NumberAndSymbol, string Kind, Guid? CaseId, string? CaseCode,
    string Title, DateOnly IssuedOn, string IssuedBy, string FileName, string DocxSha256, bool HasPdf, string? PdfSha256,
    IssuedDocumentStatus Status, Guid? CorrectsId);
