namespace InspectionSuite.Cases;

/// <summary>The signed kết luận (<c>Conclusion</c>).</summary>
public sealed record ConclusionDto(string? Number, DateOnly? Date, string? Signer, string? Text)
{
    public static readonly ConclusionDto None = new(null, null, null, null);

    /// <summary>What the conclusion decides about the head's responsibility (accountability inspections; empty otherwise).</summary>
    public AccountabilityOutcomeDto Accountability { get; init; } = AccountabilityOutcomeDto.None;
}
