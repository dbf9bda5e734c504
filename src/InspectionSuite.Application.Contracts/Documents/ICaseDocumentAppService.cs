namespace InspectionSuite.Documents;

/// <summary>Official .docx documents of a case, filled from the case's data through the replaceable templates.</summary>
public interface ICaseDocumentAppService
{
    /// <summary>The kinds that apply to the case's kind (thanh tra / kiểm tra), each with availability and missing fields.</summary>
    Task<IReadOnlyList<CaseDocumentAvailabilityDto>> GetAvailableAsync(Guid caseId, CancellationToken ct = default);

    /// <summary>
    /// The .docx of one kind. 404 for a case the caller may not see; a kind that does not apply to the case's kind is
    /// refused (Inspection:070006); missing data gives Inspection:070001 naming every missing field (nothing is generated).
    /// </summary>
    Task<GeneratedFile> GenerateAsync(Guid caseId, DocumentKind kind, CancellationToken ct = default);

    /// <summary>
    /// The same document as PDF, converted by LibreOffice from the .docx. Refused with Inspection:070008 when LibreOffice
    /// is not installed (the .docx stays available).
    /// </summary>
    Task<GeneratedFile> GeneratePdfAsync(Guid caseId, DocumentKind kind, CancellationToken ct = default);

    /// <summary>
    /// Issues the document (Documents.Issue): the register of the case's authority gives the next number of the year, the
    /// file is made with that number and today's date, stored with its SHA-256 (and its PDF when LibreOffice is there)
    /// and frozen: <see cref="GenerateAsync"/> then returns the stored file. A second issuing of the same kind is refused
    /// (Inspection:070009) unless it is a correction naming the entry in force (<paramref name="correctsId"/>), which
    /// becomes Superseded. Documents not issued are drafts marked "DỰ THẢO" and have no register number.
    /// </summary>
    Task<IssuedDocumentDto> IssueAsync(Guid caseId, DocumentKind kind, Guid? correctsId = null, CancellationToken ct = default);

    /// <summary>The same three for one biên bản of the case (<paramref name="minutesId"/>; null: the latest). Each biên bản
    /// is its own document, with its own register entry.</summary>
    Task<GeneratedFile> GenerateAsync(Guid caseId, DocumentKind kind, Guid? minutesId, CancellationToken ct);
    Task<GeneratedFile> GeneratePdfAsync(Guid caseId, DocumentKind kind, Guid? minutesId, CancellationToken ct);
    Task<IssuedDocumentDto> IssueAsync(Guid caseId, DocumentKind kind, Guid? minutesId, Guid? correctsId, CancellationToken ct);
}
