namespace InspectionSuite.Cases;

/// <summary>
/// The accountability outcome of a conclusion on the head of a unit (thanh tra trách nhiệm người đứng đầu): the verdict and
/// its wording. As input (<see cref="RecordConclusionDto.Accountability"/>) required on such a case, refused on any other.
/// </summary>
public sealed record AccountabilityOutcomeDto(AccountabilityVerdict? Verdict, string? Text)
{
    public static readonly AccountabilityOutcomeDto None = new(null, null);
}
