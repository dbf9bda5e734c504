namespace InspectionSuite.Planning;

public sealed record StratumCoverageDto(
    Stratum? Stratum, int N, int Quota, int Planned, int Completed, decimal ProjectedCompleted,
    decimal CoverageRate, decimal ProjectedRate, bool Alert);
