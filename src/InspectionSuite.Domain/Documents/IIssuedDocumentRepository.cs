namespace InspectionSuite.Documents;

/// <summary>Register entries read for what a use needs: the one in force of a subject, or what changes their status without their files.</summary>
public interface IIssuedDocumentRepository
{
    /// <summary>
    /// The entry in force (issued or cancelled, not superseded; the latest) of a document kind and subject: of a case
    /// (<paramref name="caseId"/>) or of no case (an annual plan's, <paramref name="caseId"/> null). With its files.
    /// </summary>
    Task<IssuedDocument?> GetInForceAsync(Guid? caseId, string kind, string subjectKey, CancellationToken ct = default);

    /// <summary>The id of that entry, without reading it (issuing only needs to know whether, and which, one is in force).</summary>
    Task<Guid?> GetInForceIdAsync(Guid? caseId, string kind, string subjectKey, CancellationToken ct = default);

    /// <summary>
    /// The case's entries in force, tracked with only their key, case, kind, status and stamp: a status change (e.g.
    /// <see cref="IssuedDocument.MarkCancelled"/>) saves through SaveChanges (audit fields, entity audit, concurrency check)
    /// without reading the .docx and PDF. An entry already tracked in the scope is returned as it is. Not for reading the
    /// entries: the rest of an entry's properties are empty in this scope.
    /// </summary>
    Task<IReadOnlyList<IssuedDocument>> GetInForceOfCaseForStatusChangeAsync(Guid caseId, CancellationToken ct = default);

    /// <summary>
    /// One entry (deleted ones not), tracked with only its key, case, kind, status and stamp, for the same use (e.g.
    /// <see cref="IssuedDocument.Supersede"/> by a correction); null when there is none.
    /// </summary>
    Task<IssuedDocument?> FindForStatusChangeAsync(Guid id, CancellationToken ct = default);
}
