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

    public bool IsSigned => Date is not null;

    internal void Record(string number, DateOnly date, string signer, string text)
    {
        Number = number;
        Date = date;
        Signer = signer;
        Text = text;
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
