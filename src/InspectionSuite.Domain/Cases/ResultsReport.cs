namespace InspectionSuite.Cases;

/// <summary>The team leader's results report (báo cáo kết quả thanh tra). Owned by <see cref="InspectionCase"/>.</summary>
public sealed class ResultsReport
{
    public string? Number { get; private set; }
    public DateOnly? Date { get; private set; }
    public string? Text { get; private set; }

    public bool IsAttached => Date is not null && !string.IsNullOrWhiteSpace(Text);

    internal void Record(string? number, DateOnly date, string text)
    {
        Number = number;
        Date = date;
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
