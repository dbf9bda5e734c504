namespace InspectionSuite.Documents;

/// <summary>
/// Signature block: <see cref="AuthorityPrefix"/> is the line for signing on someone's behalf
/// ("KT. CHÁNH THANH TRA", "TM. ỦY BAN NHÂN DÂN"), empty when the head signs directly.
/// </summary>
public sealed record SignatureBlock(string AuthorityPrefix, string Position, string SignerName);
