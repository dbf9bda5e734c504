namespace InspectionSuite.Cases;

/// <summary>
/// One conclusion on the public portal (/cong-khai): the conclusion itself (number, date, signer, text), whom and what it
/// is about, and its publication window. Nothing else of the case (no ids, team, diary, drafts or unit contacts).
/// </summary>
public sealed record PublishedConclusionDto(
    AuthorityCode Authority, CaseKind Kind, string UnitName, string Subject,
    string ConclusionNumber, DateOnly ConclusionDate, string? ConclusionSigner, string ConclusionText,
    DateOnly PublishedFrom, DateOnly PublishedTo)
{
    /// <summary>The register entry of the issued conclusion (its frozen PDF is offered); null when it was not issued through the register.</summary>
    public Guid? IssuedDocumentId { get; init; }
}

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
