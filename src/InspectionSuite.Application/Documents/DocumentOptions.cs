namespace InspectionSuite.Documents;

/// <summary>
/// What the case data does not hold but official documents need: where the templates are and, per authority, the
/// issuing bodies, place, head title, legal basis of its functions and the deputy's signature prefix. Bound from the
/// "Documents" configuration section (Documents:TemplateDirectory, Documents:Authorities:NoiVu:ParentName, ...).
/// </summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>Absolute directory of the template files (see <see cref="ResolveTemplateDirectory"/>).</summary>
    public string TemplateDirectory { get; set; } = ResolveTemplateDirectory(null);

    /// <summary>LibreOffice's soffice for PDF (Documents:SofficePath; default "soffice" on PATH). Missing: PDF is unavailable, .docx still served.</summary>
    public string SofficePath { get; set; } = "soffice";

    public Dictionary<AuthorityCode, AuthorityProfile> Authorities { get; set; } = new()
    {
        [AuthorityCode.ThanhTra] = new()
        {
            ParentName = "UBND tỉnh Quảng Ngãi",
            Name = "Thanh tra tỉnh Quảng Ngãi",
            HeaderName = "Thanh tra tỉnh",
            Symbol = "TTr",
            HeadPosition = "Chánh Thanh tra",
            DeputyPosition = "Phó Chánh Thanh tra",
            Place = "Quảng Ngãi",
            HeadTitle = "Chánh Thanh tra tỉnh",
            DeputySignaturePrefix = "KT. CHÁNH THANH TRA",
            LegalBasis = "Quyết định của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Thanh tra tỉnh",
            ProposedBy = "Trưởng phòng Nghiệp vụ",
            ReportRecipients = ["Thanh tra Chính phủ;", "UBND tỉnh (b/c);", "Lưu: VT."],
        },
        [AuthorityCode.NoiVu] = new()
        {
            ParentName = "UBND tỉnh Quảng Ngãi",
            Name = "Sở Nội vụ tỉnh Quảng Ngãi",
            HeaderName = "Sở Nội vụ",
            Symbol = "SNV",
            HeadPosition = "Giám đốc",
            DeputyPosition = "Phó Giám đốc",
            Place = "Quảng Ngãi",
            HeadTitle = "Giám đốc Sở Nội vụ",
            DeputySignaturePrefix = "KT. GIÁM ĐỐC",
            LegalBasis = "Quyết định của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ",
            ProposedBy = "Chánh Thanh tra Sở",
            ReportRecipients = ["Bộ Nội vụ;", "UBND tỉnh (b/c);", "Lưu: VT."],
        },
    };

    public AuthorityProfile For(AuthorityCode code) => Authorities.TryGetValue(code, out var p) ? p : new AuthorityProfile();

    /// <summary>
    /// The configured directory (relative to the app's base directory), else <c>templates/documents</c> beside the app
    /// (the web project copies the repository's templates there), else the repository folder found above the base
    /// directory (running from source or tests).
    /// </summary>
    public static string ResolveTemplateDirectory(string? configured)
    {
        var baseDir = AppContext.BaseDirectory;
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured, baseDir);
        var beside = Path.Combine(baseDir, "templates", "documents");
        if (Directory.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(baseDir); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates", "documents");
            if (File.Exists(Path.Combine(dir.FullName, "InspectionSuite.sln")) && Directory.Exists(candidate)) return candidate;
        }
        return beside;
    }

    public static DocumentOptions FromConfiguration(IConfiguration? configuration)
    {
        var options = new DocumentOptions();
        if (configuration is null) return options;
        var section = configuration.GetSection(Section);
        options.TemplateDirectory = ResolveTemplateDirectory(section["TemplateDirectory"]);
        if (!string.IsNullOrWhiteSpace(section["SofficePath"])) options.SofficePath = section["SofficePath"]!;
        foreach (var code in Enum.GetValues<AuthorityCode>())
        {
            var s = section.GetSection("Authorities").GetSection(code.ToString());
            if (!s.Exists()) continue;
            var p = options.For(code);
            p.ParentName = s["ParentName"] ?? p.ParentName;
            p.Name = s["Name"] ?? p.Name;
            p.HeaderName = s["HeaderName"] ?? p.HeaderName;
            p.Symbol = s["Symbol"] ?? p.Symbol;
            p.HeadPosition = s["HeadPosition"] ?? p.HeadPosition;
            p.DeputyPosition = s["DeputyPosition"] ?? p.DeputyPosition;
            p.Place = s["Place"] ?? p.Place;
            p.HeadTitle = s["HeadTitle"] ?? p.HeadTitle;
            p.DeputySignaturePrefix = s["DeputySignaturePrefix"] ?? p.DeputySignaturePrefix;
            p.LegalBasis = s["LegalBasis"] ?? p.LegalBasis;
            p.ProposedBy = s["ProposedBy"] ?? p.ProposedBy;
            var recipients = s.GetSection("ReportRecipients").GetChildren().Select(c => c.Value ?? "").Where(v => v.Length > 0).ToList();
            if (recipients.Count > 0) p.ReportRecipients = recipients;
            options.Authorities[code] = p;
        }
        return options;
    }
}
