namespace InspectionSuite.Cases;

/// <summary>
/// The decision's number and date, prepared by the supervisor (Cases.Assign). <paramref name="Signer"/> ("position - full
/// name") is for a check; for an inspection it is only a provisional name for the draft while Planned, and ignored once
/// decided: the người ra quyết định who issues the decision (Decide, thanh-tra.inspection v4) signs it with their
/// profile's position and full name (docs/cases.md).
/// </summary>
public sealed record RecordDecisionDto(string Number, DateOnly Date, string? Signer, string ConcurrencyStamp);
