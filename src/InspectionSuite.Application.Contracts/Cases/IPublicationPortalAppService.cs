namespace InspectionSuite.Cases;

/// <summary>The anonymous, read-only publication portal (công khai kết luận): conclusions inside their publication window.</summary>
public interface IPublicationPortalAppService
{
    /// <summary>Published conclusions whose window includes today (Vietnam), newest publication first.</summary>
    Task<PagedResultDto<PublishedConclusionDto>> GetPublishedAsync(int skip, int take, CancellationToken ct = default);

    /// <summary>
    /// The PDF of an issued conclusion (register entry <paramref name="issuedDocumentId"/>) while it is in its publication
    /// window, made once from the frozen .docx and kept; anything else is "not found" (Inspection:070008 without LibreOffice).
    /// </summary>
    Task<InspectionSuite.Documents.GeneratedFile> GetConclusionPdfAsync(Guid issuedDocumentId, CancellationToken ct = default);
}
