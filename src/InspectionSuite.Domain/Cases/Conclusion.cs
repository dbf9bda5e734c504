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
