namespace InspectionSuite.Organization;

/// <summary>Retires a unit: its last valid day (today in Vietnam when empty).</summary>
public sealed record RetireUnitDto(DateOnly? LastDay, string ConcurrencyStamp);
