namespace InspectionSuite.Cases;

/// <summary>The team rejects the unit's report that an item is done, with the reason the unit will read.</summary>
public sealed record RejectImplementationDto(string Reason, string ConcurrencyStamp);
