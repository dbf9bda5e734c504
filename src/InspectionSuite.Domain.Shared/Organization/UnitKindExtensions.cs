namespace InspectionSuite.Organization;

public static class UnitKindExtensions
{
    public static Stratum ToStratum(this UnitKind kind) => kind == UnitKind.Department ? Stratum.Department : Stratum.Local;
}
