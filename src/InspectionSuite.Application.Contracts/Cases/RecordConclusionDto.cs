namespace InspectionSuite.Cases;

public sealed record RecordConclusionDto(string Number, DateOnly Date, string Signer, string Text, string ConcurrencyStamp)
{
    /// <summary>What the conclusion decides about the head's responsibility: required on an accountability inspection, refused on any other.</summary>
    public AccountabilityOutcomeDto? Accountability { get; init; }
}
