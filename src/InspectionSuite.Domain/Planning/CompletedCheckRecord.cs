namespace InspectionSuite.Planning;

/// <summary>A completed check of a unit by an authority (year of the plan it belongs to, and the completion date).</summary>
public sealed record CompletedCheckRecord(string UnitCode, int Year, AuthorityCode Authority, DateOnly CompletedOn);
