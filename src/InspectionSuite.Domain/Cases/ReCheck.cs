namespace InspectionSuite.Cases;

/// <summary>
/// Kiểm tra lại việc thực hiện kết luận: ordered during follow-up by a decision (number, date) with a scope and the
/// inspectors who carry it out. Its results, one per sanction or recommendation, are what the re-check verified and
/// override what the unit reported (a confirmed item is resolved, an item found not done is reopened).
/// </summary>
public sealed class ReCheck : Entity<Guid>
{
    private readonly List<ReCheckInspector> _inspectors = [];
    private readonly List<ReCheckResult> _results = [];

    public Guid CaseId { get; private set; }
    public string DecisionNumber { get; private set; } = "";
    public DateOnly DecidedOn { get; private set; }
    public string Scope { get; private set; } = "";
    /// <summary>When the re-check should report (from the decision); overdue while an item of the case is still unverified.</summary>
    public DateOnly? DueOn { get; private set; }
    public Guid? OrderedBy { get; private set; }
    public IReadOnlyList<ReCheckInspector> Inspectors => _inspectors;
    public IReadOnlyList<ReCheckResult> Results => _results;

    private ReCheck() { } // EF Core

    internal ReCheck(Guid caseId, string decisionNumber, DateOnly decidedOn, string scope, DateOnly? dueOn, IEnumerable<Guid> inspectorIds, Guid? orderedBy)
    {
        Id = Guid.NewGuid();
        CaseId = caseId;
        DecisionNumber = decisionNumber;
        DecidedOn = decidedOn;
        Scope = scope;
        DueOn = dueOn;
        OrderedBy = orderedBy;
        _inspectors.AddRange(inspectorIds.Distinct().Select(u => new ReCheckInspector(Id, u)));
    }

    public bool HasInspector(Guid userId) => _inspectors.Any(i => i.UserId == userId);

    internal ReCheckResult AddResult(Guid sanctionId, ReCheckOutcome outcome, decimal? verifiedRecoveredVnd, string? note, DateOnly on, Guid? recordedBy)
    {
        if (_results.Any(r => r.SanctionId == sanctionId)) throw new BusinessException(CaseErrorCodes.ReCheckResultExists);
        var result = new ReCheckResult(Id, sanctionId, outcome, verifiedRecoveredVnd, note, on, recordedBy);
        _results.Add(result);
        return result;
    }
}
