namespace InspectionSuite.Cases;

/// <summary>Gia hạn: extends the on-site period by a number of days (same day kind as the definition's on-site deadline).</summary>
public sealed class CaseExtension : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public string DecisionNumber { get; private set; } = "";
    public int Days { get; private set; }
    public string Grounds { get; private set; } = "";
    public DateOnly DecidedOn { get; private set; }
    private CaseExtension() { }
    internal CaseExtension(Guid caseId, string decisionNumber, int days, string grounds, DateOnly decidedOn)
    { Id = Guid.NewGuid(); CaseId = caseId; DecisionNumber = decisionNumber; Days = days; Grounds = grounds; DecidedOn = decidedOn; }

    /// <summary>The number its decision took in the register (see <see cref="InspectionCase.TakeRegisteredNumber"/>).</summary>
    internal bool TakeRegisteredNumber(string numberAndSymbol)
    {
        if (DecisionNumber == numberAndSymbol) return false;
        DecisionNumber = numberAndSymbol;
        return true;
    }
}
