namespace InspectionSuite.Organization;

public static class UnitConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 256;
}
