namespace InspectionSuite.Cases;

/// <summary>The appraisal (thẩm định) of the draft conclusion by someone outside the team. Owned by <see cref="InspectionCase"/>.</summary>
public sealed class Appraisal
{
    public DateOnly? On { get; private set; }
    public string? By { get; private set; }
    public string? Opinion { get; private set; }

    public bool IsDone => On is not null;

    internal void Record(DateOnly on, string by, string opinion)
    {
        On = on;
        By = by;
        Opinion = opinion;
    }
}
