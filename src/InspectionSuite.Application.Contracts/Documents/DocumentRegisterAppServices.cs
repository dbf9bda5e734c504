using InspectionSuite.Documents;

namespace InspectionSuite.Documents;

/// <summary>One entry of the document register: number and symbol as issued, the file's SHA-256, and where it stands.</summary>
public sealed record IssuedDocumentDto(
    Guid Id, AuthorityCode Authority, int Year, int Number, string NumberAndSymbol, string Kind, Guid? CaseId, string? CaseCode,
    string Title, DateOnly IssuedOn, string IssuedBy, string FileName, string DocxSha256, bool HasPdf, string? PdfSha256,
    IssuedDocumentStatus Status, Guid? CorrectsId);

/// <summary>Register of one body and year, newest number first; <paramref name="Page"/> from 1.</summary>
public sealed record GetRegisterInput(AuthorityCode Authority, int Year, int Page = 1);

/// <summary>
/// The document register (sổ đăng ký văn bản) as the records office (văn thư) reads it, and the files as issued
/// (Documents.Register). Issuing is <see cref="ICaseDocumentAppService.IssueAsync"/>.
/// </summary>
public interface IDocumentRegisterAppService
{
    Task<PagedResultDto<IssuedDocumentDto>> GetListAsync(GetRegisterInput input, CancellationToken ct = default);

    /// <summary>The stored file, byte for byte as issued; the PDF is made once from the stored .docx and then kept
    /// (Inspection:070008 when LibreOffice is missing and no PDF was stored).</summary>
    Task<GeneratedFile> GetFileAsync(Guid id, bool pdf, CancellationToken ct = default);
}
