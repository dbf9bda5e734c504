namespace InspectionSuite.Documents;

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
