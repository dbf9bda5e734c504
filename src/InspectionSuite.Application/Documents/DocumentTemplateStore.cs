using InspectionSuite.Documents;

namespace InspectionSuite.Application.Documents;

/// <summary>
/// Reads document templates from a directory (by default <c>templates/documents/</c>, copied to the
/// web app's output) so an administrator can replace a file without a rebuild. Read on every call:
/// a replaced file takes effect on the next document.
/// </summary>
public sealed class DocumentTemplateStore(string directory)
{
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
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public string PathOf(DocumentKind kind) => Path.Combine(Directory, FileName(kind));

    /// <exception cref="BusinessException">
    /// <see cref="DocumentErrorCodes.TemplateNotFound"/> or <see cref="DocumentErrorCodes.TemplateInvalid"/>.
    /// </exception>
    public async Task<DocumentTemplate> LoadAsync(DocumentKind kind, CancellationToken ct = default)
    {
        var path = PathOf(kind);
        if (!File.Exists(path)) throw new BusinessException(DocumentErrorCodes.TemplateNotFound, kind.ToString(), FileName(kind));
        var json = await File.ReadAllTextAsync(path, ct);
        return DocumentTemplate.Parse(json, FileName(kind));
    }

    public DocumentTemplate Load(DocumentKind kind)
    {
        var path = PathOf(kind);
        if (!File.Exists(path)) throw new BusinessException(DocumentErrorCodes.TemplateNotFound, kind.ToString(), FileName(kind));
        return DocumentTemplate.Parse(File.ReadAllText(path), FileName(kind));
    }
}
