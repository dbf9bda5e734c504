namespace InspectionSuite.Organization;

/// <summary>Sampling stratum: departments vs. commune-level localities.</summary>
public enum Stratum
{
    Department = 0,
    Local = 1,
}
