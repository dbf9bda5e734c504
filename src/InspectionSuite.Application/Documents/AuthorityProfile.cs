namespace InspectionSuite.Documents;

public sealed class AuthorityProfile
{
    public string ParentName { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The name under the parent agency in the header, without repeating the province ("Thanh tra tỉnh", "Sở Nội vụ").</summary>
    public string HeaderName { get; set; } = "";
    /// <summary>The body's part of a document symbol ("TTr" in 12/QĐ-TTr, "SNV" in 05/TB-SNV).</summary>
    public string Symbol { get; set; } = "";
    /// <summary>The head's position without the agency, as printed over the signature ("Chánh Thanh tra", "Giám đốc").</summary>
    public string HeadPosition { get; set; } = "";
    /// <summary>The deputy's position ("Phó Chánh Thanh tra", "Phó Giám đốc"); a deputy signs "KT." for the head.</summary>
    public string DeputyPosition { get; set; } = "";
    public string Place { get; set; } = "";
    public string HeadTitle { get; set; } = "";
    /// <summary>"KT. CHÁNH THANH TRA": used when the signer's position starts with "Phó" (a deputy signs for the head).</summary>
    public string DeputySignaturePrefix { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public string ProposedBy { get; set; } = "";
    public List<string> ReportRecipients { get; set; } = [];
}
