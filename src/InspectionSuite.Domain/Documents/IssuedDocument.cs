namespace InspectionSuite.Documents;

/// <summary>
/// One entry of the document register (sổ đăng ký văn bản) of an issuing body and year (Nghị định 30/2020/NĐ-CP, Điều 15
/// and Phụ lục I mục II.4: numbers run from 01 on 1 January to 31 December): its number and symbol ("12/QĐ-TTr") and the
/// file as issued with its SHA-256. The file never changes once issued: a correction is a new entry that references
/// this one (<see cref="CorrectsId"/>), and this one becomes <see cref="IssuedDocumentStatus.Superseded"/>.
/// </summary>
public sealed class IssuedDocument : AuditedAggregateRoot<Guid>
{
    public AuthorityCode Authority { get; private set; }
    public int Year { get; private set; }
    /// <summary>The register's number within (<see cref="Authority"/>, <see cref="Year"/>): 1, 2, 3 … without gaps.</summary>
    public int Number { get; private set; }
    /// <summary>"QĐ-TTr", "TB-SNV": the kind's abbreviation and the body's.</summary>
    public string Symbol { get; private set; } = "";
    /// <summary>The document kind's slug ("inspection-decision", "minutes").</summary>
    public string Kind { get; private set; } = "";
    public Guid? CaseId { get; private set; }
    /// <summary>Which one of a kind a case may have several of (e.g. the biên bản's id); empty for one-per-case kinds.</summary>
    public string SubjectKey { get; private set; } = "";
    /// <summary>Trích yếu or the kind's name, for the register page.</summary>
    public string Title { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public string IssuedBy { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public byte[] Docx { get; private set; } = [];
    public string DocxSha256 { get; private set; } = "";
    public byte[]? Pdf { get; private set; }
    public string? PdfSha256 { get; private set; }
    public IssuedDocumentStatus Status { get; private set; }
    public Guid? CorrectsId { get; private set; }

    private IssuedDocument() { } // EF Core

    public IssuedDocument(AuthorityCode authority, DateOnly issuedOn, int number, string symbol, string kind, Guid? caseId, string? subjectKey,
        string title, string issuedBy, string fileName, byte[] docx, Guid? correctsId)
    {
        if (number < 1) throw new ArgumentOutOfRangeException(nameof(number), number, "Register numbers start at 1.");
        Id = Guid.NewGuid();
        Authority = authority;
        Year = issuedOn.Year;
        IssuedOn = issuedOn;
        Number = number;
        Symbol = Check.NotEmpty(symbol, nameof(Symbol), DocumentRegisterConsts.MaxSymbolLength);
        Kind = Check.NotEmpty(kind, nameof(Kind), DocumentRegisterConsts.MaxKindLength);
        CaseId = caseId;
        SubjectKey = subjectKey ?? "";
        Title = Truncate(title, DocumentRegisterConsts.MaxTitleLength);
        IssuedBy = Truncate(issuedBy, DocumentRegisterConsts.MaxIssuedByLength);
        FileName = Check.NotEmpty(fileName, nameof(FileName), DocumentRegisterConsts.MaxFileNameLength);
        Docx = docx.Length > 0 ? docx : throw new ArgumentException("An issued document has a file.", nameof(docx));
        DocxSha256 = Sha256(docx);
        CorrectsId = correctsId;
        Status = IssuedDocumentStatus.Issued;
    }

    /// <summary>"12/QĐ-TTr": two digits at least (Phụ lục I: "01, 02 …").</summary>
    public string NumberAndSymbol => Format(Number, Symbol);

    public static string Format(int number, string symbol) => number.ToString("00", CultureInfo.InvariantCulture) + "/" + symbol;

    public bool IsInForce => Status == IssuedDocumentStatus.Issued;

    /// <summary>The PDF made from the stored .docx, kept once made (later downloads return these bytes).</summary>
    public void AttachPdf(byte[] pdf)
    {
        if (Pdf is not null) return; // frozen as first made
        Pdf = pdf.Length > 0 ? pdf : throw new ArgumentException("Empty PDF.", nameof(pdf));
        PdfSha256 = Sha256(pdf);
    }

    public void Supersede()
    {
        if (Status == IssuedDocumentStatus.Issued) Status = IssuedDocumentStatus.Superseded;
    }

    /// <summary>The case was cancelled: the entry says so; the stored file stays as issued.</summary>
    /// <summary>
    /// An entry known only by what a change of its status needs (<see cref="IIssuedDocumentRepository"/>): attached as
    /// unchanged, it saves its new status without its files and the rest ever being read.
    /// </summary>
    public static IssuedDocument KnownForStatusChange(Guid id, Guid? caseId, string kind, IssuedDocumentStatus status, string concurrencyStamp)
        => new() { Id = id, CaseId = caseId, Kind = kind, Status = status, ConcurrencyStamp = concurrencyStamp };

    public void MarkCancelled()
    {
        if (Status == IssuedDocumentStatus.Issued) Status = IssuedDocumentStatus.Cancelled;
    }

    public static string Sha256(byte[] content) => Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();

    private static string Truncate(string text, int max) => (text ?? "").Trim() is var t && t.Length > max ? t[..max] : t;
}
