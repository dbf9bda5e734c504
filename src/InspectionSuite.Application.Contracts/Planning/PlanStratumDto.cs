namespace InspectionSuite.Planning;

public sealed record PlanStratumDto(Stratum Stratum, int N, int Quota, int Selected)
{
    public int Shortfall => Math.Max(0, Quota - Selected);
}
