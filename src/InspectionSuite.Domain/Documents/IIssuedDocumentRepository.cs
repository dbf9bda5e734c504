namespace InspectionSuite.Documents;

/// <summary>Register entries read for what changes their status, without their files.</summary>
public interface IIssuedDocumentRepository
{
    /// <summary>
    /// The case's entries in force, tracked with only their key, case, status and stamp: a status change (e.g.
    /// <see cref="IssuedDocument.MarkCancelled"/>) saves through SaveChanges (audit fields, entity audit, concurrency check)
    /// without reading the .docx and PDF. An entry already tracked in the scope is returned as it is. Not for reading the
    /// entries: the rest of an entry's properties are empty in this scope.
    /// </summary>
    Task<IReadOnlyList<IssuedDocument>> GetInForceOfCaseForStatusChangeAsync(Guid caseId, CancellationToken ct = default);
}
