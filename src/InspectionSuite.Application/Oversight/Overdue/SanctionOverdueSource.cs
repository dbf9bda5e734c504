namespace InspectionSuite.Oversight.Overdue;

/// <summary>
/// Sanctions and recommendations of conclusions past their deadline, neither done nor carried over (<see cref="Sanction.IsOverdue"/>):
/// one the unit reported done but the team has not confirmed (Reported) is not resolved, so it stays overdue.
/// </summary>
public sealed class SanctionOverdueSource(IRepository<Sanction> sanctions, InspectionSuiteLocalizer l) : IOverdueSource
{
    private static readonly SanctionType[] Recommendations = [SanctionType.CorrectiveRecommendation, SanctionType.AccountabilityProposal];

    public async Task<IReadOnlyList<OverdueEntry>> GetAsync(DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var rows = await sanctions.ToListAsync(sanctions.Query()
            .Where(s => s.Deadline != null && s.Deadline < today && (s.Status == SanctionStatus.Issued || s.Status == SanctionStatus.InProgress || s.Status == SanctionStatus.Reported))
            .Select(s => new { s.CaseId, s.Type, s.Target, s.Responsible, s.Deadline }), ct);
        return rows.Select(s => new OverdueEntry(Recommendations.Contains(s.Type) ? OverdueKinds.Recommendation : OverdueKinds.Sanction, s.CaseId,
            $"{l["SanctionType." + s.Type]}: {s.Target}", s.Responsible, s.Deadline!.Value)).ToList();
    }
}
