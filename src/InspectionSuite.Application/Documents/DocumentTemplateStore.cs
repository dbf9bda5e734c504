namespace InspectionSuite.Documents;

/// <summary>
/// Reads document templates from a directory (by default <c>templates/documents/</c>, copied to the
/// web app's output) so an administrator can replace a file without a rebuild: a replaced file takes effect on the
/// next document. A parsed template is kept while its file's time and size stay the same (the case page asks for every
/// template of the case's kind on each view; parsing them was a third of the page's allocations under load).
/// </summary>
public sealed class DocumentTemplateStore(string directory)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DocumentKind, (DateTime WrittenUtc, long Length, DocumentTemplate Template)> _parsed = new();

    public string Directory { get; } = directory;

    public static string FileName(DocumentKind kind) => kind switch
    {
        DocumentKind.InspectionDecision => "inspection-decision.json",
        DocumentKind.CheckDecision => "check-decision.json",
        DocumentKind.CaseWorkPlan => "case-work-plan.json",
        DocumentKind.Minutes => "minutes.json",
        DocumentKind.ResultsReport => "results-report.json",
        DocumentKind.InspectionConclusion => "inspection-conclusion.json",
        DocumentKind.CheckResultsNotice => "check-results-notice.json",
        DocumentKind.ExtensionDecision => "extension-decision.json",
        DocumentKind.SuspensionDecision => "suspension-decision.json",
        DocumentKind.AnnouncementMinutes => "announcement-minutes.json",
        DocumentKind.RecommendationLetter => "recommendation-letter.json",
        DocumentKind.AnnualPlan => "annual-plan.json",
        DocumentKind.TeamChangeDecision => "team-change-decision.json",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public string PathOf(DocumentKind kind) => Path.Combine(Directory, FileName(kind));

    /// <exception cref="BusinessException">
    /// <see cref="DocumentErrorCodes.TemplateNotFound"/> or <see cref="DocumentErrorCodes.TemplateInvalid"/>.
    /// </exception>
    public async Task<DocumentTemplate> LoadAsync(DocumentKind kind, CancellationToken ct = default)
    {
        var file = Find(kind);
        return Cached(kind, file) ?? Remember(kind, file, await File.ReadAllTextAsync(file.FullName, ct));
    }

    public DocumentTemplate Load(DocumentKind kind)
    {
        var file = Find(kind);
        return Cached(kind, file) ?? Remember(kind, file, File.ReadAllText(file.FullName));
    }

    private FileInfo Find(DocumentKind kind)
    {
        var file = new FileInfo(PathOf(kind));
        return file.Exists ? file : throw new BusinessException(DocumentErrorCodes.TemplateNotFound, kind.ToString(), FileName(kind));
    }

    private DocumentTemplate? Cached(DocumentKind kind, FileInfo file)
        => _parsed.TryGetValue(kind, out var known) && known.WrittenUtc == file.LastWriteTimeUtc && known.Length == file.Length ? known.Template : null;

    private DocumentTemplate Remember(DocumentKind kind, FileInfo file, string json)
    {
        var template = DocumentTemplate.Parse(json, FileName(kind));
        _parsed[kind] = (file.LastWriteTimeUtc, file.Length, template);
        return template;
    }
}
