namespace InspectionSuite.Documents;

/// <summary>
/// An official document in the shape of Nghị định 30/2020/NĐ-CP: header (issuing body, national title
/// and motto), number and symbol, place and date, title, legal bases, body, recipients, signature.
/// All strings are plain text; the writer never interprets them as markup.
/// </summary>
public sealed record OfficialDocumentModel
{
    /// <summary>
    /// A mark above the header in a box, e.g. "DỰ THẢO" for a document not yet issued or "ĐÃ HỦY" for a document of a
    /// cancelled case (so a cancelled case never prints a clean document); empty for an issued document.
    /// </summary>
    public string Mark { get; init; } = "";
    /// <summary>Cơ quan chủ quản, e.g. "UBND TỈNH QUẢNG NGÃI"; empty when there is none.</summary>
    public string IssuingParentBody { get; init; } = "";
    /// <summary>Cơ quan ban hành, e.g. "THANH TRA TỈNH".</summary>
    public required string IssuingBody { get; init; }
    /// <summary>Số và ký hiệu without the "Số:" label, e.g. "12/QĐ-TTr".</summary>
    public string NumberAndSymbol { get; init; } = "";
    public required string Place { get; init; }
    /// <summary>Ngày ban hành; null leaves "ngày ... tháng ... năm ..." to be filled by hand at signing.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Tên loại văn bản, e.g. "QUYẾT ĐỊNH", "BIÊN BẢN".</summary>
    public required string Title { get; init; }
    /// <summary>Trích yếu, e.g. "Về việc thanh tra ..." or "V/v ..."; empty when none.</summary>
    public string Abstract { get; init; } = "";
    /// <summary>Thẩm quyền ban hành line under the title, e.g. "CHÁNH THANH TRA TỈNH"; empty when none.</summary>
    public string Authority { get; init; } = "";
    /// <summary>"Căn cứ ..." lines, rendered italic.</summary>
    public IReadOnlyList<string> LegalBases { get; init; } = [];
    /// <summary>Lines after the legal bases such as "Xét đề nghị của ...", rendered italic.</summary>
    public IReadOnlyList<string> Considerations { get; init; } = [];
    /// <summary>Opening of the body such as "QUYẾT ĐỊNH:", rendered bold and centred; empty when none.</summary>
    public string BodyIntro { get; init; } = "";
    public IReadOnlyList<DocumentSection> Sections { get; init; } = [];
    /// <summary>Nơi nhận lines (e.g. "Như Điều 3;"); the writer prefixes "- ". Empty list: no block.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];
    public required SignatureBlock Signature { get; init; }
    /// <summary>Second signature, bottom left (e.g. the checked unit's representative on a biên bản); null when none.</summary>
    public SignatureBlock? CounterSignature { get; init; }
}
