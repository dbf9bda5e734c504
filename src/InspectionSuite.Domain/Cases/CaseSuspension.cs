namespace InspectionSuite.Cases;

/// <summary>
/// Tạm dừng: the inspection clock stops from <see cref="From"/>. The decision may give the last suspended day
/// (<see cref="To"/>) or leave the end open; an open suspension ends with its own continuation record (quyết định tiếp tục:
/// <see cref="ContinuationDecisionNumber"/>, <see cref="ContinuedOn"/>), and until then every day from <see cref="From"/>
/// counts as suspended, so the deadline moves day by day.
/// </summary>
public sealed class CaseSuspension : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public string DecisionNumber { get; private set; } = "";
    public DateOnly From { get; private set; }
    /// <summary>The last suspended day (inclusive); null while the suspension is open.</summary>
    public DateOnly? To { get; private set; }
    public string Reason { get; private set; } = "";
    /// <summary>The continuation decision (tiếp tục) that ended an open suspension.</summary>
    public string? ContinuationDecisionNumber { get; private set; }
    /// <summary>The day the work resumed (the day after <see cref="To"/>), from the continuation record.</summary>
    public DateOnly? ContinuedOn { get; private set; }
    private CaseSuspension() { }
    internal CaseSuspension(Guid caseId, string decisionNumber, DateOnly from, DateOnly? to, string reason)
    { Id = Guid.NewGuid(); CaseId = caseId; DecisionNumber = decisionNumber; From = from; To = to; Reason = reason; }

    public bool IsOpen => To is null;

    /// <summary>The number its decision took in the register (see <see cref="InspectionCase.TakeRegisteredNumber"/>).</summary>
    internal bool TakeRegisteredNumber(string numberAndSymbol)
    {
        if (DecisionNumber == numberAndSymbol) return false;
        DecisionNumber = numberAndSymbol;
        return true;
    }

    /// <summary>The last day suspended as seen on <paramref name="today"/>: the recorded end, or today while open (null before it starts).</summary>
    public DateOnly? LastDayOn(DateOnly today) => To ?? (today >= From ? today : null);

    /// <summary>Calendar days suspended as seen on <paramref name="today"/>.</summary>
    public int CalendarDaysOn(DateOnly today) => LastDayOn(today) is { } last ? last.DayNumber - From.DayNumber + 1 : 0;

    internal void Continue(string decisionNumber, DateOnly on)
    {
        ContinuationDecisionNumber = decisionNumber;
        ContinuedOn = on;
        To = on.AddDays(-1);
    }
}
