namespace InspectionSuite.Organization;

/// <summary>Kind of a unit in the register (sở/ban/ngành; xã; phường; đặc khu).</summary>
public enum UnitKind
{
    Department = 0,
    Commune = 1,
    Ward = 2,
    SpecialZone = 3,
}
