namespace InspectionSuite.Cases;

/// <summary>
/// The signed conclusion (kết luận thanh tra; a check's thông báo kết luận kiểm tra): number, date, signer and text.
/// Owned by <see cref="InspectionCase"/>.
/// </summary>
public sealed class Conclusion
{
    public string? Number { get; private set; }
    public DateOnly? Date { get; private set; }
    public string? Signer { get; private set; }
    public string? Text { get; private set; }

    /// <summary>What the conclusion decides about the head's responsibility (accountability inspections only; empty otherwise).</summary>
    public AccountabilityOutcome Accountability { get; private set; } = new();

    public bool IsSigned => Date is not null;

    internal void Record(string number, DateOnly date, string signer, string text, AccountabilityVerdict? verdict = null, string? accountabilityText = null)
    {
        Number = number;
        Date = date;
        Signer = signer;
        Text = text;
        Accountability.Record(verdict, verdict is null ? null : accountabilityText);
    }

    /// <summary>The number and date the register gave the document (see <see cref="InspectionCase.TakeRegisteredNumber"/>).</summary>
    internal bool TakeRegisteredNumber(string numberAndSymbol, DateOnly issuedOn)
    {
        if (Number == numberAndSymbol && Date == issuedOn) return false;
        Number = numberAndSymbol;
        Date = issuedOn;
        return true;
    }
}

/// <summary>
/// The accountability outcome of a conclusion on the head of a unit (thanh tra trách nhiệm người đứng đầu, seed II.6.b):
/// the verdict and its wording. Owned by <see cref="Conclusion"/>; both null when the case has no head as its subject.
/// </summary>
public sealed class AccountabilityOutcome
{
    public AccountabilityVerdict? Verdict { get; private set; }
    public string? Text { get; private set; }

    public bool IsRecorded => Verdict is not null;

    internal void Record(AccountabilityVerdict? verdict, string? text)
    {
        Verdict = verdict;
        Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
