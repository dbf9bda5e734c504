namespace InspectionSuite.Cases;

public sealed partial class InspectionCase
{
    // The follow-up is its own aggregate (CaseFollowUp); its manager asks the case these questions.

    internal void EnsureInStates(params string[] states) => InStates(states);

    internal void EnsureCheck() => OnlyCheck();

    /// <summary>
    /// The files of the unit's implementation report join the case's evidence, linked to the report. The report itself is
    /// in the case's follow-up (<see cref="CaseFollowUp"/>); only its files change the case (its evidence register).
    /// </summary>
    internal void AttachImplementationReportFiles(Guid reportId, IReadOnlyList<StoredEvidenceFile> files, Guid? uploadedBy, DateTime nowUtc)
    {
        if (files.Count == 0) return;
        foreach (var file in files) AddLinkedEvidence(file, uploadedBy, nowUtc, e => e.ImplementationReportId = reportId);
        Touch();
    }
}
