namespace InspectionSuite.Cases;

/// <summary>
/// One person who may see a case through a person-level link: a member of its team or an inspector of one of its
/// re-checks (<see cref="InspectionCase.Team"/>, <see cref="ReCheck.Inspectors"/>). A read model, derived from those and
/// never written by application code: the save pipeline (CaseViewerInterceptor) rewrites a case's rows in the same transaction as every save that
/// changes its team, its re-checks, its workflow instance or its deletion.
/// </summary>
/// <remarks>
/// Why it exists (issue 8): deriving "visible to this inspector" from the team and the re-checks took three lookups per
/// case or task, and a page deep in a long list walked every case before it. Here one index gives an inspector's cases in
/// list order (creation time or code, copied because they never change) and one probe decides a task of the inbox.
/// </remarks>
public sealed class CaseViewer
{
    public Guid UserId { get; private set; }
    public Guid CaseId { get; private set; }
    /// <summary>The case's workflow instance (its tasks are in the inbox).</summary>
    public Guid? InstanceId { get; private set; }
    public DateTime CreationTime { get; private set; }
    public string Code { get; private set; } = "";

    private CaseViewer() { } // EF Core; rows are written by SQL only
}
