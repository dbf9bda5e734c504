namespace InspectionSuite.Cases;

/// <summary>A sanction or recommendation of the conclusion, tracked until done or carried over.</summary>
public sealed class Sanction : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public SanctionType Type { get; private set; }
    public string Target { get; private set; } = "";
    public decimal? AmountVnd { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public string Responsible { get; private set; } = "";
    public SanctionStatus Status { get; private set; }
    public decimal AmountRecoveredVnd { get; private set; }
    public string? CarryOverReason { get; private set; }
    /// <summary>The finding a check's kiến nghị answers (null for a sanction of an inspection).</summary>
    public Guid? FindingId { get; private set; }
    /// <summary>The checklist criterion a check's kiến nghị answers (the finding's, when it names one).</summary>
    public string? CriterionCode { get; private set; }
    private Sanction() { }
    internal Sanction(Guid caseId, SanctionType type, string target, decimal? amountVnd, DateOnly? deadline, string responsible)
    { Id = Guid.NewGuid(); CaseId = caseId; Type = type; Target = target; AmountVnd = amountVnd; Deadline = deadline; Responsible = responsible; Status = SanctionStatus.Issued; }

    public bool IsResolved => Status.IsResolved();

    internal void Link(Guid? findingId, string? criterionCode) { FindingId = findingId; CriterionCode = criterionCode; }
    public bool IsOverdue(DateOnly today) => !IsResolved && Deadline is { } d && d < today;

    /// <summary>What may be recovered at most: the amount decided (nothing for an item without money).</summary>
    public decimal RecoverableVnd => AmountVnd ?? 0;

    /// <summary>Money recovered never exceeds the decided amount (refused as a validation error of <paramref name="field"/>).</summary>
    internal void CheckRecoverable(decimal recoveredInTotal, string field)
    {
        if (recoveredInTotal > RecoverableVnd) throw new InputValidationException(field, "Validation.RecoveredExceedsDecided");
    }

    /// <summary>The unit may report on the item: it is neither resolved nor waiting for the team to confirm a report.</summary>
    public bool AwaitsReport => Status is SanctionStatus.Issued or SanctionStatus.InProgress;

    internal void ApplyReport(ImplementationStatus status, decimal recovered)
    {
        // Reports add up; together they never exceed what was decided.
        CheckRecoverable(AmountRecoveredVnd + recovered, "AmountRecoveredVnd");
        if (!AwaitsReport) throw new BusinessException(CaseErrorCodes.SanctionNotAwaitingReport, Status);
        AmountRecoveredVnd += recovered;
        // The unit's "done" is a claim (theo dõi, đôn đốc): the item is resolved only when the team confirms it.
        Status = status == ImplementationStatus.Done ? SanctionStatus.Reported : SanctionStatus.InProgress;
    }

    internal void ConfirmClaim() => Status = SanctionStatus.Done;

    // A rejected report counts for nothing: its money comes back out of the total, and the unit has to act again.
    internal void RejectClaim(decimal claimedRecoveredVnd)
    {
        AmountRecoveredVnd = Math.Max(0, AmountRecoveredVnd - claimedRecoveredVnd);
        Status = SanctionStatus.InProgress;
    }

    internal void CarryOver(string reason) { Status = SanctionStatus.CarriedOver; CarryOverReason = reason; }

    // A re-check is verification on the spot: it outranks the unit's own report and a carry-over decided without it.
    internal void ApplyReCheck(ReCheckOutcome outcome, decimal? verifiedRecoveredVnd)
    {
        if (verifiedRecoveredVnd is { } verified) AmountRecoveredVnd = verified;
        Status = outcome == ReCheckOutcome.ConfirmedDone ? SanctionStatus.Done : SanctionStatus.InProgress;
        CarryOverReason = null;
    }
}
