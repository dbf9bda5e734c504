using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Documents;

/// <summary>
/// What the documents of a case are made of: the case's data for the field mapping (<see cref="CaseDocumentData"/>) and
/// its register entries in force (an issued document is frozen: those win over any new rendering).
/// </summary>
public sealed class CaseDocumentDataLoader(
    CaseAccess access,
    IRepository<AppUser> users,
    IWorkflowInstanceQueries workflows,
    CaseDeadlineCalculator deadlines,
    IRepository<IssuedDocument> issued,
    IIssuedDocumentRepository entries,
    CaseFollowUpLoader followUps)
{
    public Task<IssuedDocument?> InForceAsync(Guid caseId, DocumentKind kind, string key, CancellationToken ct)
        => entries.GetInForceAsync(caseId, CaseDocumentFields.Slug(kind), key, ct);

    public Task<Guid?> InForceIdAsync(Guid caseId, DocumentKind kind, string key, CancellationToken ct)
        => entries.GetInForceIdAsync(caseId, CaseDocumentFields.Slug(kind), key, ct);

    /// <summary>
    /// The case's register entries in force, as the case page lists them: without their files (the .docx and the PDF are
    /// read only when downloaded; a case with a dozen issued documents would otherwise read them all on every view).
    /// </summary>
    public async Task<Dictionary<(string Kind, string Key), IssuedDocumentDto>> InForceOfCaseAsync(Guid caseId, string caseCode, CancellationToken ct)
        => (await issued.ToListAsync(issued.Query().Where(d => d.CaseId == caseId && d.Status != IssuedDocumentStatus.Superseded)
                .Select(d => new
                {
                    d.SubjectKey,
                    Entry = new IssuedDocumentDto(d.Id, d.Authority, d.Year, d.Number, IssuedDocument.Format(d.Number, d.Symbol), d.Kind, d.CaseId, caseCode,
                        d.Title, d.IssuedOn, d.IssuedBy, d.FileName, d.DocxSha256, d.Pdf != null, d.PdfSha256, d.Status, d.CorrectsId),
                }), ct))
            .GroupBy(d => (d.Entry.Kind, d.SubjectKey))
            .ToDictionary(g => g.Key, g => g.Select(d => d.Entry).OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Number).First());

    /// <param name="authority">The issuing body's profile (the app service's <see cref="DocumentOptions"/>).</param>
    /// <param name="inForce">The case's register entries in force when the caller has them already (the case page): the decision is taken from them, not read again.</param>
    /// <param name="followUp">The case's follow-up when the caller has it already (the case page): its sanctions are not read again.</param>
    /// <param name="withRepresentative">False for a reader that only asks which fields a document has (the case page's list):
    /// the representative's fields are there with or without a name (a blank line to sign by hand), so their query is not
    /// made (issue 19: a statement on every view of a case, for nothing the page shows).</param>
    public async Task<CaseDocumentData> LoadAsync(InspectionCase @case, CaseParties parties, AuthorityProfile authority, CancellationToken ct,
        IReadOnlyDictionary<(string Kind, string Key), IssuedDocumentDto>? inForce = null, CaseFollowUp? followUp = null, bool withRepresentative = true)
    {
        var unit = parties.Unit;
        var names = parties.People.Values.ToDictionary(p => p.Id, p => string.IsNullOrWhiteSpace(p.FullName) ? p.UserName : p.FullName);
        var representative = !withRepresentative ? null
            : await users.FirstOrDefaultAsync(users.Query().Where(u => u.UnitId == @case.UnitId).OrderBy(u => u.UserName).Select(u => u.FullName), ct);

        CaseDeadlineCalculator.Limits? limits = null;
        if (@case.WorkflowInstanceId is { } instanceId)
        {
            var instance = await workflows.GetInstanceAsync(instanceId, ct);
            limits = await deadlines.GetLimitsAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        }
        // The decision as the register issued it: the other documents cite its registered number and date.
        var decisionSlugs = new[] { CaseDocumentFields.Slug(DocumentKind.InspectionDecision), CaseDocumentFields.Slug(DocumentKind.CheckDecision) };
        var decision = inForce is not null
            ? inForce.Values.Where(d => decisionSlugs.Contains(d.Kind)).OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Number)
                .Select(d => new { d.NumberAndSymbol, d.IssuedOn }).FirstOrDefault()
            : await issued.FirstOrDefaultAsync(issued.Query().Where(d => d.CaseId == @case.Id && decisionSlugs.Contains(d.Kind)
                && d.Status != IssuedDocumentStatus.Superseded).OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Number)
                .Select(d => new { NumberAndSymbol = IssuedDocument.Format(d.Number, d.Symbol), d.IssuedOn }), ct);
        return new CaseDocumentData(@case, unit, authority, names, representative, limits, deadlines, access.Today)
        {
            RegisteredDecision = decision is null ? null : (decision.NumberAndSymbol, decision.IssuedOn),
            Sanctions = (followUp ?? await followUps.GetAsync(@case, ct)).Sanctions,
        };
    }
}
