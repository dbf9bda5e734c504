namespace InspectionSuite.Cases;

/// <summary>The decision opening the case (<c>CaseDecision</c>): number, date, signer and the legal basis version it was signed under.</summary>
public sealed record CaseDecisionDto(string? Number, DateOnly? Date, string? Signer, string? LegalBasisVersion)
{
    public static readonly CaseDecisionDto None = new(null, null, null, null);
}
