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
    /// <summary>The text shown for <see cref="Forbidden"/> when its argument is a reason code rather than a permission.</summary>
    public const string ForbiddenBecause = "Inspection:002403";
    public const string EntityNotFound = "Inspection:000404";
    public const string ConcurrencyConflict = "Inspection:000409";
    public const string Unexpected = "Inspection:000500";
    // HTTP answers that carry no business error (authentication, routing, media type, limits): /api problems name them.
    public const string Unauthorized = "Inspection:000401";
    public const string MethodNotAllowed = "Inspection:000405";
    public const string PayloadTooLarge = "Inspection:000413";
    public const string UnsupportedMediaType = "Inspection:000415";
    public const string TooManyRequests = "Inspection:000429";
    public const string PermissionDenied = "Inspection:001403";
    public const string RouteNotFound = "Inspection:001404";
    public const string RequestFailed = "Inspection:001400";

    // 01: organization (units, authorities)
    public const string UnitCodeDuplicate = "Inspection:010001";
    public const string UnitCsvInvalid = "Inspection:010002";
    public const string UnitValidityInvalid = "Inspection:010003";
    public const string UnitPredecessorUnknown = "Inspection:010004";
    /// <summary>A CSV upload (units, plans) larger than CsvLimits.MaxBytes. Args: the limit in bytes.</summary>
    public const string CsvTooLarge = "Inspection:010005";
    /// <summary>The unit already left the register on or before the asked last day. Args: code, its last day (dd/MM/yyyy).</summary>
    public const string UnitAlreadyRetired = "Inspection:010006";

    // 02: identity and permissions
    public const string PermissionUnknown = "Inspection:020001";
    public const string RoleUnknown = "Inspection:020002";
    /// <summary>One answer for an unknown user, a wrong password and a locked account (the login page and the token endpoint).</summary>
    public const string InvalidCredentials = "Inspection:020003";
    public const string TooManySignInAttempts = "Inspection:020004";
    /// <summary>An unsafe /api call with the cookie but neither the antiforgery header nor this app's Origin.</summary>
    public const string CrossOriginRequestRefused = "Inspection:020005";

    // 03: audit
    public const string AuditChainBroken = "Inspection:030001";

    // 05: accounts (own password, admin reset)
    /// <summary>The admin reset the password: until the user picks their own, pages lead to the change page and the API refuses.</summary>
    public const string PasswordChangeRequired = "Inspection:050001";
    public const string CurrentPasswordWrong = "Inspection:050002";
    public const string PasswordConfirmationMismatch = "Inspection:050003";
}
