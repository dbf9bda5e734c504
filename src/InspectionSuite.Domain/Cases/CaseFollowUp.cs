namespace InspectionSuite.Cases;

/// <summary>
/// The follow-up of one case (issue 19 item 5): the sanctions and recommendations its conclusion decided, the unit's
/// implementation reports (claims) and the team's answers to them, and the re-checks with their results. One aggregate per
/// case, keyed by the case's id, because a report, a claim review or a re-check result changes its sanction's status and
/// money: per-item aggregates would make each of those a change of two. It carries its own concurrency stamp, renewed on
/// every change through <see cref="Revision"/>, so follow-up work and the case's own writes never refuse each other.
/// The rules that need the case (its state, its kind, its findings, the reports' files as its evidence) are in
/// <see cref="CaseFollowUpManager"/>; the intention methods here are <c>internal</c> so that only the manager calls them.
/// </summary>
public sealed class CaseFollowUp : Entity<Guid>, IHasConcurrencyStamp
{
    private readonly List<Sanction> _sanctions = [];
    private readonly List<ImplementationReport> _implementationReports = [];
    private readonly List<ReCheck> _reChecks = [];

    public int Revision { get; private set; }
    public string ConcurrencyStamp { get; private set; } = Guid.NewGuid().ToString("N");
    public IReadOnlyList<Sanction> Sanctions => _sanctions;
    public IReadOnlyList<ImplementationReport> ImplementationReports => _implementationReports;
    public IReadOnlyList<ReCheck> ReChecks => _reChecks;

    private CaseFollowUp() { } // EF Core

    /// <summary>The (so far empty) follow-up of case <paramref name="caseId"/>: a case has none stored until its first sanction.</summary>
    public CaseFollowUp(Guid caseId) => Id = caseId;

    public Guid CaseId => Id;

    public decimal AmountDecidedVnd => _sanctions.Where(s => s.Type is SanctionType.Recovery or SanctionType.AdministrativeFine).Sum(s => s.AmountVnd ?? 0);
    public decimal AmountRecoveredVnd => _sanctions.Sum(s => s.AmountRecoveredVnd);
    public bool AllSanctionsResolved => _sanctions.All(s => s.IsResolved);

    internal Sanction Sanction(Guid sanctionId)
        => _sanctions.FirstOrDefault(x => x.Id == sanctionId) ?? throw new EntityNotFoundException(nameof(Cases.Sanction), sanctionId);

    internal ReCheck ReCheck(Guid reCheckId)
        => _reChecks.FirstOrDefault(x => x.Id == reCheckId) ?? throw new EntityNotFoundException(nameof(Cases.ReCheck), reCheckId);

    internal Sanction AddSanction(SanctionType type, string target, decimal? amountVnd, DateOnly? deadline, string responsible,
        Guid? findingId = null, string? criterionCode = null)
    {
        var s = new Sanction(Id, type, target, amountVnd, deadline, responsible);
        s.Link(findingId, criterionCode);
        _sanctions.Add(s);
        Touch();
        return s;
    }

    internal ImplementationReport AddReport(Guid sanctionId, ImplementationStatus status, decimal recovered, string? note, DateOnly on, Guid? reporterId)
    {
        var s = Sanction(sanctionId);
        var r = new ImplementationReport(Id, sanctionId, status, recovered, note, on, reporterId);
        s.ApplyReport(status, recovered);
        _implementationReports.Add(r);
        Touch();
        return r;
    }

    internal ImplementationReport ConfirmClaim(Guid sanctionId, DateOnly on, Guid? confirmedBy)
    {
        var (sanction, claim) = PendingClaim(sanctionId);
        claim.Confirm(on, confirmedBy);
        sanction.ConfirmClaim();
        Touch();
        return claim;
    }

    internal ImplementationReport RejectClaim(Guid sanctionId, string reason, DateOnly on, Guid? rejectedBy)
    {
        var (sanction, claim) = PendingClaim(sanctionId);
        claim.Reject(reason, on, rejectedBy);
        sanction.RejectClaim(claim.AmountRecoveredVnd);
        Touch();
        return claim;
    }

    // At most one report per item awaits confirmation: no report is taken while one waits, and a review or re-check answers
    // it (the latest is taken, for "done" reports recorded before claims existed, which no one answered).
    private (Sanction Sanction, ImplementationReport Claim) PendingClaim(Guid sanctionId)
    {
        var sanction = Sanction(sanctionId);
        var claim = sanction.Status == SanctionStatus.Reported ? AwaitingClaim(sanctionId) : null;
        return claim is null ? throw new BusinessException(CaseErrorCodes.NoClaimAwaitingConfirmation) : (sanction, claim);
    }

    private ImplementationReport? AwaitingClaim(Guid sanctionId)
        => _implementationReports.Where(r => r.SanctionId == sanctionId && r.AwaitsConfirmation).MaxBy(r => r.ReportedOn);

    internal Sanction CarryOver(Guid sanctionId, string reason)
    {
        var s = Sanction(sanctionId);
        s.CarryOver(reason);
        Touch();
        return s;
    }

    internal ReCheck OrderReCheck(string decisionNumber, DateOnly decidedOn, string scope, DateOnly? dueOn, IReadOnlyCollection<Guid> inspectorIds, Guid? orderedBy)
    {
        var r = new ReCheck(Id, decisionNumber, decidedOn, scope, dueOn, inspectorIds, orderedBy);
        _reChecks.Add(r);
        Touch();
        return r;
    }

    internal ReCheckResult RecordReCheckResult(Guid reCheckId, Guid sanctionId, ReCheckOutcome outcome, decimal? verifiedRecoveredVnd, string? note, DateOnly on, Guid? recordedBy)
    {
        var reCheck = ReCheck(reCheckId);
        var s = Sanction(sanctionId);
        if (verifiedRecoveredVnd is { } verified) s.CheckRecoverable(verified, "VerifiedRecoveredVnd");
        var result = reCheck.AddResult(sanctionId, outcome, verifiedRecoveredVnd, note, on, recordedBy);
        // The re-check answers a report still waiting for the team: verified on the spot, it confirms or rejects the claim.
        if (AwaitingClaim(sanctionId) is { } claim)
        {
            if (outcome == ReCheckOutcome.ConfirmedDone) claim.Confirm(on, recordedBy);
            else claim.Reject(note!, on, recordedBy);
        }
        s.ApplyReCheck(outcome, verifiedRecoveredVnd);
        Touch();
        return result;
    }

    // Child rows do not modify the root row; bumping the revision does, so the follow-up's stamp is checked and renewed.
    private void Touch() => Revision++;
}
