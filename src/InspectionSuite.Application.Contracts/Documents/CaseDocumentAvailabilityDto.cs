namespace InspectionSuite.Documents;

/// <summary>Whether a document kind can be generated for a case now and, if not, which template fields lack data.</summary>
public sealed record CaseDocumentAvailabilityDto(DocumentKind Kind, string Slug, string Title, bool Available, IReadOnlyList<string> MissingFields)
{
    /// <summary>The register entry in force for this kind, when it was issued (downloads return its stored file).</summary>
    public IssuedDocumentDto? Issued { get; init; }

    /// <summary>For a biên bản, or a decision changing the team: which one (each has its document, <c>?minutesId=</c> names the biên bản or the team change); null for the other kinds.</summary>
    public Guid? MinutesId { get; init; }
}
