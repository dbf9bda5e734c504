namespace InspectionSuite.Cases;

/// <summary>A suspension; <see cref="To"/> null while open, <see cref="ContinuedOn"/> from its continuation record.</summary>
public sealed record CaseSuspensionDto(Guid Id, string DecisionNumber, DateOnly From, DateOnly? To, string Reason)
{
    public string? ContinuationDecisionNumber { get; init; }
    public DateOnly? ContinuedOn { get; init; }
}
