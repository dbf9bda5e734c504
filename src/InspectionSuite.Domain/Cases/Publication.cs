namespace InspectionSuite.Cases;

/// <summary>
/// Where and from when to when the conclusion is posted (công khai kết luận); the Publish guard asks for at least
/// <see cref="CaseConsts.MinPublicationDays"/> days. Owned by <see cref="InspectionCase"/>.
/// </summary>
public sealed class Publication
{
    public string? Channel { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }

    /// <summary>Calendar days of the period, both ends included; 0 while no period is recorded.</summary>
    public int Days => From is { } f && To is { } t ? t.DayNumber - f.DayNumber + 1 : 0;

    internal void Record(string channel, DateOnly from, DateOnly to)
    {
        Channel = channel;
        From = from;
        To = to;
    }
}
