using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Documents;

/// <summary>Numbers, symbols, marks and the signature block of the documents (Nghị định 30/2020, Phụ lục I and III).</summary>
public static partial class CaseDocumentFields
{
    public const string CancelledMark = "ĐÃ HỦY";
    /// <summary>A document not issued through the register (Nghị định 30/2020, Phụ lục III: "dự thảo" marks a draft).</summary>
    public const string DraftMark = "DỰ THẢO";

    /// <summary>Chữ viết tắt tên loại văn bản (Phụ lục III) of each kind.</summary>
    public static string KindAbbreviation(DocumentKind kind) => kind switch
    {
        DocumentKind.CaseWorkPlan or DocumentKind.AnnualPlan => "KH",
        DocumentKind.Minutes => "BB",
        DocumentKind.ResultsReport => "BC",
        DocumentKind.InspectionConclusion => "KL",
        DocumentKind.CheckResultsNotice => "TB",
        DocumentKind.AnnouncementMinutes => "BB",
        DocumentKind.RecommendationLetter => "", // a công văn: the body's abbreviation only ("…/TTr")
        _ => "QĐ",
    };

    /// <summary>The symbol the register gives the kind: "QĐ-TTr", "TB-SNV".</summary>
    public static string Symbol(DocumentKind kind, AuthorityProfile a) => KindAbbreviation(kind) is var k && k.Length == 0 ? a.Symbol
        : a.Symbol.Length > 0 ? $"{k}-{a.Symbol}" : k;

    /// <summary>The field a template line is made of when it is one placeholder ("{{Document.Number}}"), else null.</summary>
    public static string? FieldOf(string templateText)
        => DocumentTemplate.Placeholder().Match(templateText.Trim()) is { Success: true } m && m.Value.Length == templateText.Trim().Length ? m.Groups[1].Value : null;

    /// <summary>The signer text the kind uses (conclusion signer for a conclusion / notice, else the decision signer).</summary>
    public static string? SignerText(InspectionCase c, DocumentKind kind) => kind is DocumentKind.InspectionConclusion or DocumentKind.CheckResultsNotice or DocumentKind.RecommendationLetter
        ? c.Conclusion.Signer ?? c.Decision.Signer
        : c.Decision.Signer;

    /// <summary>
    /// The field holding a signer who is not of the issuing body (e.g. a Sở Nội vụ document signed "Chánh Thanh tra"),
    /// null when the signer is fine or absent (an absent one is a missing field). Only documents the head signs.
    /// </summary>
    public static string? SignerProblem(CaseDocumentData d, DocumentKind kind)
    {
        if (kind is DocumentKind.CaseWorkPlan or DocumentKind.Minutes or DocumentKind.ResultsReport or DocumentKind.AnnouncementMinutes) return null;
        var text = SignerText(d.Case, kind);
        if (string.IsNullOrWhiteSpace(text) || SignaturePosition(d.Authority, text.Split(" - ", 2, StringSplitOptions.TrimEntries)[0]) is not null) return null;
        return kind is DocumentKind.InspectionConclusion or DocumentKind.CheckResultsNotice or DocumentKind.RecommendationLetter && d.Case.Conclusion.Signer is not null
            ? "Case.ConclusionSigner" : "Case.DecisionSigner";
    }

    /// <summary>
    /// The authority line and the position printed over the signature (Phụ lục I, mục II.7): the head signs under
    /// the position alone ("CHÁNH THANH TRA", without the agency); a deputy "KT. CHÁNH THANH TRA" / "PHÓ CHÁNH THANH
    /// TRA"; an acting head "Q. GIÁM ĐỐC". Null when the position is not one of the issuing body.
    /// </summary>
    public static (string Prefix, string Position)? SignaturePosition(AuthorityProfile a, string position)
    {
        var p = position.Trim();
        bool Is(string title) => title.Length > 0 && (p.Equals(title, StringComparison.OrdinalIgnoreCase)
            || (p.StartsWith(title + " ", StringComparison.OrdinalIgnoreCase) && AgencySuffix(a, p[(title.Length + 1)..])));
        if (Is(a.DeputyPosition)) return (a.DeputySignaturePrefix, a.DeputyPosition);
        if (p.StartsWith("Quyền ", StringComparison.OrdinalIgnoreCase) && Is("Quyền " + a.HeadPosition)) return ("", "Q. " + a.HeadPosition);
        if (Is(a.HeadPosition)) return ("", a.HeadPosition);
        return null;
    }

    // "tỉnh", "Sở", "Sở Nội vụ", "Thanh tra tỉnh Quảng Ngãi": words after the position naming the body itself.
    private static bool AgencySuffix(AuthorityProfile a, string rest)
    {
        var r = rest.Trim();
        return r.Length == 0 || a.Name.Contains(r, StringComparison.OrdinalIgnoreCase) || a.HeaderName.Contains(r, StringComparison.OrdinalIgnoreCase)
            || r.Equals("tỉnh", StringComparison.OrdinalIgnoreCase) && a.HeaderName.Contains("tỉnh", StringComparison.OrdinalIgnoreCase);
    }

    private static void Signer(Dictionary<string, string> f, AuthorityProfile a, string? signer)
    {
        if (string.IsNullOrWhiteSpace(signer)) return;
        // "Phó Chánh Thanh tra - Võ Minh Châu": position and name. A position alone leaves Signer.Name out: the engine
        // then names it as missing (an official document carries the signer's name).
        var parts = signer.Split(" - ", 2, StringSplitOptions.TrimEntries);
        if (SignaturePosition(a, parts[0]) is not var (prefix, position)) return; // refused before, see SignerProblem
        f["Signer.Position"] = position;
        f["Signer.AuthorityPrefix"] = prefix;
        if (parts.Length > 1 && parts[1].Length > 0) f["Signer.Name"] = parts[1];
    }

    /// <summary>
    /// Số và ký hiệu (Phụ lục I, mục II.4): "12/QĐ-TTr". A recorded number keeps its symbol when it is of this kind; a
    /// number alone, or one carrying another kind's symbol (a notice recorded as "05/KL-SNV"), gets the kind's symbol; a
    /// blank number keeps the symbol with room to write the number ("     /BC-SNV").
    /// </summary>
    public static string NumberAndSymbol(string? recorded, string kindAbbreviation, AuthorityProfile a)
    {
        var symbol = kindAbbreviation.Length == 0 ? a.Symbol : a.Symbol.Length > 0 ? $"{kindAbbreviation}-{a.Symbol}" : kindAbbreviation;
        var text = recorded?.Trim() ?? "";
        if (text.Length == 0) return "      /" + symbol;
        var slash = text.IndexOf('/');
        if (slash < 0) return $"{text}/{symbol}";
        var recordedSymbol = text[(slash + 1)..];
        return recordedSymbol.StartsWith(kindAbbreviation + "-", StringComparison.Ordinal) || recordedSymbol == kindAbbreviation
            ? text
            : $"{text[..slash]}/{symbol}";
    }
}
