namespace InspectionSuite.Cases;

public sealed record UpdateCaseDto(string Subject, string? Scope, string? LegalBasis, DateOnly? PeriodFrom, DateOnly? PeriodTo, string ConcurrencyStamp)
{
    /// <summary>The head of the unit as the subject; null or empty name and position for none (clears one named before).</summary>
    public AccountableHeadDto? AccountableHead { get; init; }
    /// <summary>The planned on-site dates; null clears one set before (the PUT replaces the description).</summary>
    public DateOnly? PlannedOnSiteStart { get; init; }
    public DateOnly? PlannedOnSiteEnd { get; init; }
}
