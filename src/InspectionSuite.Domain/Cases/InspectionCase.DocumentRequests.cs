namespace InspectionSuite.Cases;

public sealed partial class InspectionCase
{
    /// <summary>
    /// The files of the unit's answer to a document request join the case's evidence, linked to the answer. The request
    /// itself is its own aggregate (<see cref="DocumentRequest"/>); only its files change the case (its evidence register).
    /// </summary>
    internal void AttachDocumentAnswerFiles(Guid answerId, IReadOnlyList<StoredEvidenceFile> files, Guid? answeredBy, DateTime nowUtc)
    {
        if (files.Count == 0) return;
        foreach (var file in files) AddLinkedEvidence(file, answeredBy, nowUtc, e => e.DocumentRequestAnswerId = answerId);
        Touch();
    }
}
