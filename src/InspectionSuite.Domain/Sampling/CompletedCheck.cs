namespace InspectionSuite.Sampling;

/// <summary>A completed check of a unit in a year by an authority. Only completed checks count for coverage.</summary>
public sealed record CompletedCheck(string UnitCode, int Year, AuthorityCode Authority);
