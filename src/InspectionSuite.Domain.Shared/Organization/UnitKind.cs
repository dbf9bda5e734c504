namespace InspectionSuite.Organization;

/// <summary>Kind of a unit in the register (sở/ban/ngành; xã; phường; đặc khu).</summary>
public enum UnitKind
{
    Department = 0,
    Commune = 1,
    Ward = 2,
    SpecialZone = 3,
}

/// <summary>Sampling stratum: departments vs. commune-level localities.</summary>
public enum Stratum
{
    Department = 0,
    Local = 1,
}

public static class UnitKindExtensions
{
    public static Stratum ToStratum(this UnitKind kind) => kind == UnitKind.Department ? Stratum.Department : Stratum.Local;
}

/// <summary>The two authorities that run cases.</summary>
public enum AuthorityCode
{
    /// <summary>Thanh tra tỉnh — Provincial Inspectorate.</summary>
    ThanhTra = 0,
    /// <summary>Sở Nội vụ — Department of Home Affairs.</summary>
    NoiVu = 1,
}
