namespace InspectionSuite.Documents;

public static class DocumentRegisterConsts
{
    public const int MaxKindLength = 64;
    public const int MaxSymbolLength = 32;
    public const int MaxTitleLength = 512;
    public const int MaxFileNameLength = 128;
    public const int MaxSubjectKeyLength = 64;
    public const int MaxIssuedByLength = 256;
    /// <summary>SHA-256 as lower-case hex.</summary>
    public const int HashLength = 64;
    /// <summary>Register page size.</summary>
    public const int PageSize = 25;
    /// <summary>Attempts at taking the next number when another issuing took it first (unique per body, year, number).</summary>
    public const int MaxNumberAttempts = 20;
}
