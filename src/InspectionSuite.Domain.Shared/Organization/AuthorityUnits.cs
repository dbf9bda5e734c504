namespace InspectionSuite.Organization;

/// <summary>
/// The register unit that is each authority itself (Thanh tra tỉnh = TT-TINH, Sở Nội vụ = SO-NV). No authority
/// inspects or checks itself (issue 14): the own unit is never in the authority's sampling universe, plan items or cases.
/// The codes are those of the province's unit register (seeded from Seeding/demo-units.csv).
/// </summary>
public static class AuthorityUnits
{
    public const string ThanhTraUnitCode = "TT-TINH";
    public const string NoiVuUnitCode = "SO-NV";

    /// <summary>The register code of the unit that is <paramref name="authority"/> itself.</summary>
    public static string OwnUnitCode(this AuthorityCode authority) => authority switch
    {
        AuthorityCode.ThanhTra => ThanhTraUnitCode,
        AuthorityCode.NoiVu => NoiVuUnitCode,
        _ => throw new ArgumentOutOfRangeException(nameof(authority), authority, null),
    };

    /// <summary>True when <paramref name="unitCode"/> (case-insensitive, trimmed) is the authority's own unit.</summary>
    public static bool IsOwnUnit(this AuthorityCode authority, string? unitCode)
        => unitCode is not null && string.Equals(unitCode.Trim(), authority.OwnUnitCode(), StringComparison.OrdinalIgnoreCase);
}
