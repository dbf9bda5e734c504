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
