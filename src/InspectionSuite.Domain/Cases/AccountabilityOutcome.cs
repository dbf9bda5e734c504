namespace InspectionSuite.Cases;

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
