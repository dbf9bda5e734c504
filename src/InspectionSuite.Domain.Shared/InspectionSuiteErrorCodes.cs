namespace InspectionSuite;

/// <summary>
/// Stable error codes. Format "Inspection:AABBBB": AA = area, BBBB = number. Every code has a text in
/// Localization/vi.json and en.json under the same key.
/// </summary>
public static class InspectionSuiteErrorCodes
{
    // 00: general
    public const string ValidationFailed = "Inspection:000400";
    public const string Forbidden = "Inspection:000403";
    public const string EntityNotFound = "Inspection:000404";
    public const string ConcurrencyConflict = "Inspection:000409";
    public const string Unexpected = "Inspection:000500";

    // 01: organization (units, authorities)
    public const string UnitCodeDuplicate = "Inspection:010001";
    public const string UnitCsvInvalid = "Inspection:010002";
    public const string UnitValidityInvalid = "Inspection:010003";
    public const string UnitPredecessorUnknown = "Inspection:010004";
    /// <summary>A CSV upload (units, plans) larger than CsvLimits.MaxBytes. Args: the limit in bytes.</summary>
    public const string CsvTooLarge = "Inspection:010005";

    // 02: identity and permissions
    public const string PermissionUnknown = "Inspection:020001";
    public const string RoleUnknown = "Inspection:020002";

    // 03: audit
    public const string AuditChainBroken = "Inspection:030001";
}
