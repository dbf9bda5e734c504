namespace InspectionSuite.Cases;

/// <summary>The draft conclusion (dự thảo kết luận) the team's dissents and the appraisal answer. Owned by <see cref="InspectionCase"/>.</summary>
public sealed class DraftConclusion
{
    public DateOnly? Date { get; private set; }
    public string? Text { get; private set; }

    public bool IsDrafted => Date is not null;

    internal void Record(DateOnly date, string text)
    {
        Date = date;
        Text = text;
    }
}
