namespace InspectionSuite.Cases;

/// <summary>
/// Loads a case's follow-up (<see cref="CaseFollowUp"/>, its own aggregate keyed by the case, issue 19 item 5) for a case the
/// caller has already loaded and checked visible through <see cref="CaseAccess"/>: one query for the root and its parts
/// (sanctions, reports, re-checks with their inspectors and results). A case has no follow-up row until its first sanction
/// or recommendation: reading one gives an empty follow-up, changing one adds it.
/// </summary>
public sealed class CaseFollowUpLoader(IRepository<CaseFollowUp> followUps)
{
    public async Task<CaseFollowUp> GetAsync(Guid caseId, CancellationToken ct)
        => await FindAsync(caseId, ct) ?? new CaseFollowUp(caseId);

    /// <summary>The follow-up of a case loaded already, without a query before the case can have one (<see cref="MayHaveSanctions"/>).</summary>
    public async Task<CaseFollowUp> GetAsync(InspectionCase @case, CancellationToken ct)
        => MayHaveSanctions(@case) ? await GetAsync(@case.Id, ct) : new CaseFollowUp(@case.Id);

    /// <summary>The follow-up to change in this unit of work (added when the case has none yet, saved with the case's changes).</summary>
    public async Task<CaseFollowUp> GetForChangeAsync(Guid caseId, CancellationToken ct)
    {
        if (await FindAsync(caseId, ct) is { } found) return found;
        var followUp = new CaseFollowUp(caseId);
        await followUps.InsertAsync(followUp, ct);
        return followUp;
    }

    /// <summary>How many sanctions and recommendations the case's follow-up holds (no query before the case can have any).</summary>
    public async Task<int> CountSanctionsAsync(InspectionCase @case, CancellationToken ct)
        => MayHaveSanctions(@case) ? await followUps.CountAsync(followUps.Query().Where(f => f.Id == @case.Id).SelectMany(f => f.Sanctions), ct) : 0;

    /// <summary>
    /// A check's outcomes are recorded while it is concluded, an inspection's sanctions from publication on: before
    /// Concluding (and once cancelled, which only happens before it) a case has none.
    /// </summary>
    public static bool MayHaveSanctions(InspectionCase @case)
        => @case.State != CaseStates.Cancelled && CaseStates.Rank(@case.State) >= CaseStates.Rank(CaseStates.Concluding);

    /// <summary>
    /// The follow-up this unit of work tracks already (read or added in this scope: its parts are loaded, and what was
    /// changed here is in it), else one load with its parts. The case page reads it once and the workflow's guard
    /// (<see cref="Workflow.SanctionsResolved"/>, evaluated for the page's triggers) finds it without another load.
    /// </summary>
    private Task<CaseFollowUp?> FindAsync(Guid caseId, CancellationToken ct) => followUps.FindAsync(caseId, ct);
}
