namespace InspectionSuite.Planning;

public sealed record PlanAmendmentDto(int Number, string Seed, string AlgorithmVersion, int AddedUnits, string? Note, DateTime CreatedAt);
