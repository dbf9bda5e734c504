namespace InspectionSuite.Cases;

/// <summary>
/// Changes of the team after the decision that named it. Luật Thanh tra 2025 has the team named by the decision of the
/// người ra quyết định, so a later change is a decision of the same person (quyết định thay đổi thành viên Đoàn; the
/// decree gives no form of its own, the document follows Nghị định 30/2020's decision layout). Each change is kept as a
/// row of the case's history, with the number the register gave its decision.
/// </summary>
public sealed partial class InspectionCase
{
    private readonly List<TeamChange> _teamChanges = [];

    /// <summary>The team's history after the decision, oldest first.</summary>
    public IReadOnlyList<TeamChange> TeamChanges => _teamChanges;

    /// <summary>States in which a decision may change the team: the decision is issued and the team still works (to the results report).</summary>
    public static readonly string[] TeamChangeStates = [CaseStates.Decided, CaseStates.Announced, CaseStates.OnSite, CaseStates.Reporting];

    /// <summary>The team was named by an issued decision: from then on it changes only by <see cref="ChangeTeam"/>.</summary>
    public bool IsTeamFixedByDecision => State != CaseStates.Planned;

    /// <summary>
    /// One decision changing the team, from <paramref name="on"/> for <paramref name="reason"/>: adds a person (as member,
    /// or as the new Trưởng đoàn, who replaces the one before: that one leaves the team and is recorded as removed; a member
    /// named Trưởng đoàn changes role) and/or removes a member. The caller has checked that an added user holds the
    /// Inspector role and passes the names as they are today (the history keeps them as they were).
    /// </summary>
    public TeamChange ChangeTeam(TeamChangePerson? added, bool addedAsLeader, TeamChangePerson? removed, string reason, DateOnly on, string decidedBy)
    {
        var (why, by) = CheckTeamChangeDecision(reason, on, decidedBy);
        if (added is null && removed is null) throw new BusinessException(TeamChangeErrorCodes.NothingChanged);
        if (added is { } a && removed is { } r && a.UserId == r.UserId) throw new BusinessException(TeamChangeErrorCodes.NothingChanged);

        var leader = _team.FirstOrDefault(m => m.IsLeader);
        if (removed is { } out1)
        {
            var member = _team.FirstOrDefault(m => m.UserId == out1.UserId) ?? throw new BusinessException(TeamChangeErrorCodes.NotOnTeam);
            // The Trưởng đoàn leaves only when the same decision names the new one.
            if (member.IsLeader && !(added is not null && addedAsLeader)) throw new BusinessException(TeamChangeErrorCodes.LeaderNotRemovable);
        }
        // A new Trưởng đoàn takes the place of the present one: the person the decision removes, if it names one, is that one.
        if (added is not null && addedAsLeader && removed is { } out2 && leader is not null && out2.UserId != leader.UserId)
            throw new BusinessException(TeamChangeErrorCodes.NewLeaderReplacesLeader);
        if (added is { } in1)
        {
            var existing = _team.FirstOrDefault(m => m.UserId == in1.UserId);
            if (existing is not null && (existing.IsLeader || !addedAsLeader)) throw new BusinessException(TeamChangeErrorCodes.AlreadyOnTeam);
            if (existing is null && !addedAsLeader && _team.Count + _externalMembers.Count + 1 - (removed is null ? 0 : 1) > CaseConsts.MaxTeamSize)
                throw new InputValidationException("AddedUserId", "Validation.TooLong");
        }

        // A new Trưởng đoàn replaces the one before, who leaves the team (the decision says so: recorded as removed).
        if (added is not null && addedAsLeader && leader is not null && removed is null)
            removed = new TeamChangePerson(leader.UserId, "");
        var removedWasLeader = removed is { } gone && leader?.UserId == gone.UserId;
        if (removed is { } leaving) _team.RemoveAll(m => m.UserId == leaving.UserId);
        if (added is { } joining)
        {
            _team.RemoveAll(m => m.UserId == joining.UserId); // a member named Trưởng đoàn changes role
            _team.Add(new TeamMember(Id, joining.UserId, addedAsLeader));
        }
        var change = new TeamChange(Id, on, why, added, added is not null && addedAsLeader, removed, removedWasLeader, by);
        _teamChanges.Add(change);
        Touch();
        return change;
    }

    /// <summary>
    /// One decision adding several members and/or removing several (Luật Thanh tra 2025 and Nghị định 30/2020 put no
    /// limit on how many members one decision changes). Each person is checked by the rules of <see cref="ChangeTeam"/>:
    /// an added person is not yet on the team, a removed one is, and the Trưởng đoàn is not removed here (a new Trưởng
    /// đoàn is named by the single form, <see cref="ChangeTeam"/>). Everything is checked before anything changes; the
    /// refusal names the list (<c>AddUserIds</c> / <c>RemoveUserIds</c>). The rows share one <see cref="TeamChange.DecisionId"/>
    /// (one document, one register number): removals are paired with additions in order (a member replaced), the rest
    /// stand alone.
    /// </summary>
    public IReadOnlyList<TeamChange> ChangeTeamMembers(IReadOnlyList<TeamChangePerson> added, IReadOnlyList<TeamChangePerson> removed, string reason, DateOnly on, string decidedBy)
    {
        var (why, by) = CheckTeamChangeDecision(reason, on, decidedBy);
        if (added.Count == 0 && removed.Count == 0) throw new BusinessException(TeamChangeErrorCodes.NothingChanged);
        if (added.Select(p => p.UserId).Distinct().Count() != added.Count) throw new InputValidationException(AddListField, TeamChangeErrorCodes.SamePersonTwice);
        if (removed.Select(p => p.UserId).Distinct().Count() != removed.Count
            || removed.Any(r => added.Any(a => a.UserId == r.UserId))) throw new InputValidationException(RemoveListField, TeamChangeErrorCodes.SamePersonTwice);
        if (added.Any(a => _team.Any(m => m.UserId == a.UserId))) throw new InputValidationException(AddListField, TeamChangeErrorCodes.AlreadyOnTeam);
        foreach (var r in removed)
        {
            var member = _team.FirstOrDefault(m => m.UserId == r.UserId) ?? throw new InputValidationException(RemoveListField, TeamChangeErrorCodes.NotOnTeam);
            if (member.IsLeader) throw new InputValidationException(RemoveListField, TeamChangeErrorCodes.LeaderNotRemovable);
        }
        if (_team.Count + _externalMembers.Count + added.Count - removed.Count > CaseConsts.MaxTeamSize)
            throw new InputValidationException(AddListField, "Validation.TooLong");

        // One decision with one person in and/or one out stays a decision of its own row (no group), as before.
        Guid? decisionId = added.Count + removed.Count > 2 || added.Count > 1 || removed.Count > 1 ? Guid.NewGuid() : null;
        var rows = new List<TeamChange>();
        for (var i = 0; i < Math.Max(added.Count, removed.Count); i++)
        {
            var joining = i < added.Count ? added[i] : null;
            var leaving = i < removed.Count ? removed[i] : null;
            if (leaving is not null) _team.RemoveAll(m => m.UserId == leaving.UserId);
            if (joining is not null) _team.Add(new TeamMember(Id, joining.UserId, false));
            rows.Add(new TeamChange(Id, on, why, joining, false, leaving, false, by, decisionId));
        }
        _teamChanges.AddRange(rows);
        Touch();
        return rows;
    }

    /// <summary>Field names of the lists of <see cref="ChangeTeamMembers"/> (as in ChangeTeamDto), so a refusal names its list.</summary>
    public const string AddListField = "AddUserIds", RemoveListField = "RemoveUserIds";

    /// <summary>The rows of the same decision as <paramref name="change"/> (itself alone when it is a decision of its own), oldest first.</summary>
    public IReadOnlyList<TeamChange> RowsOfDecision(TeamChange change)
        => change.DecisionId is { } group ? _teamChanges.Where(t => t.DecisionId == group).ToList() : [change];

    /// <summary>The register numbered the decision of <paramref name="teamChangeId"/> (the latest change when null).</summary>
    private bool TakeTeamChangeNumber(Guid? teamChangeId, string numberAndSymbol, DateOnly issuedOn)
    {
        var change = teamChangeId is { } id ? _teamChanges.FirstOrDefault(t => t.Id == id) : _teamChanges.OrderBy(t => t.ChangedOn).LastOrDefault();
        if (change is null) return false;
        // One decision, one number: every row of the decision cites it.
        var changed = false;
        foreach (var row in RowsOfDecision(change)) changed |= row.TakeRegisteredNumber(numberAndSymbol, issuedOn);
        return changed;
    }

    /// <summary>
    /// The register gave the decision changing the team its number: the change keeps it (and the document's date), so the
    /// case page and the history cite it as registered.
    /// </summary>
    public bool TakeRegisteredTeamChangeNumber(Guid? teamChangeId, string numberAndSymbol, DateOnly issuedOn)
    {
        var changed = TakeTeamChangeNumber(teamChangeId, Check.NotEmpty(numberAndSymbol, nameof(numberAndSymbol), CaseConsts.MaxCodeLength), issuedOn);
        if (changed) Touch();
        return changed;
    }

    /// <summary>What every decision changing the team needs, one person or several: the case's decision issued, a state
    /// that has a team at work, a reason, who decided, and a date not before the decision.</summary>
    private (string Why, string By) CheckTeamChangeDecision(string reason, DateOnly on, string decidedBy)
    {
        NotFinal();
        if (State == CaseStates.Planned) throw new BusinessException(TeamChangeErrorCodes.DecisionNotIssued);
        InStates(TeamChangeStates);
        var why = Check.NotEmpty(reason, "Reason", CaseConsts.MaxTextLength);
        var by = Check.NotEmpty(decidedBy, "DecidedBy", CaseConsts.MaxShortTextLength);
        if (Decision.Date is { } decided && on < decided) throw new BusinessException(CaseErrorCodes.DateRangeInvalid);
        return (why, by);
    }
}
