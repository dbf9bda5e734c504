namespace InspectionSuite.Cases;

/// <summary>
/// One decision changing the team: who joined (and in which role), who left, why, from when, who decided it, and the
/// number and date the register gave the decision (null until issued).
/// </summary>
public sealed class TeamChange : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public DateOnly ChangedOn { get; private set; }
    public string Reason { get; private set; } = "";
    public Guid? AddedUserId { get; private set; }
    public string? AddedName { get; private set; }
    /// <summary>The person added is the new Trưởng đoàn.</summary>
    public bool AddedAsLeader { get; private set; }
    public Guid? RemovedUserId { get; private set; }
    public string? RemovedName { get; private set; }
    /// <summary>The person removed was the Trưởng đoàn (replaced by the one added).</summary>
    public bool RemovedWasLeader { get; private set; }
    /// <summary>The người ra quyết định who decided the change (display name).</summary>
    public string DecidedBy { get; private set; } = "";
    public string? DecisionNumber { get; private set; }
    public DateOnly? DecisionDate { get; private set; }
    /// <summary>
    /// The decision this row belongs to when one decision changed several people (its rows share the id, the document,
    /// the register entry and number); null: a decision of its own (every row made before decisions were grouped).
    /// </summary>
    public Guid? DecisionId { get; private set; }

    private TeamChange() { } // EF Core

    internal TeamChange(Guid caseId, DateOnly on, string reason, TeamChangePerson? added, bool addedAsLeader, TeamChangePerson? removed, bool removedWasLeader, string decidedBy, Guid? decisionId = null)
    {
        Id = Guid.NewGuid();
        DecisionId = decisionId;
        CaseId = caseId;
        ChangedOn = on;
        Reason = reason;
        AddedUserId = added?.UserId;
        AddedName = Blank(added?.Name);
        AddedAsLeader = addedAsLeader;
        RemovedUserId = removed?.UserId;
        RemovedName = Blank(removed?.Name);
        RemovedWasLeader = removedWasLeader;
        DecidedBy = decidedBy;
    }

    private static string? Blank(string? name) => string.IsNullOrWhiteSpace(name) ? null : Check.MaxLength(name.Trim(), "Name", CaseConsts.MaxShortTextLength);

    internal bool TakeRegisteredNumber(string numberAndSymbol, DateOnly issuedOn)
    {
        if (DecisionNumber == numberAndSymbol && DecisionDate == issuedOn) return false;
        DecisionNumber = numberAndSymbol;
        DecisionDate = issuedOn;
        return true;
    }
}
