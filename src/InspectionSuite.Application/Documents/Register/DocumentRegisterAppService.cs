using D = InspectionSuite.Permissions.InspectionSuitePermissions.Documents;

namespace InspectionSuite.Documents;

/// <summary>The register of a body and year as the văn thư reads it (Documents.Register), and the files as issued.</summary>
public sealed class DocumentRegisterAppService(
    IRepository<IssuedDocument> documents,
    IRepository<InspectionCase> cases,
    Permissions.IPermissionChecker permissions,
    LibreOfficePdfConverter pdf,
    IUnitOfWork uow) : IDocumentRegisterAppService
{
    public async Task<PagedResultDto<IssuedDocumentDto>> GetListAsync(GetRegisterInput input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(D.Register, ct);
        var page = Math.Max(1, input.Page);
        var query = documents.Query().Where(d => d.Authority == input.Authority && d.Year == input.Year);
        var total = await documents.CountAsync(query, ct);
        // Without the files: a page lists 25 entries, not 25 documents' bytes.
        var rows = await documents.ToListAsync(query.OrderByDescending(d => d.Number)
            .Skip((page - 1) * DocumentRegisterConsts.PageSize).Take(DocumentRegisterConsts.PageSize)
            .Select(d => new { d.Id, d.Authority, d.Year, d.Number, d.Symbol, d.Kind, d.CaseId, d.Title, d.IssuedOn, d.IssuedBy, d.FileName,
                d.DocxSha256, d.PdfSha256, d.Status, d.CorrectsId }), ct);
        var caseIds = rows.Where(r => r.CaseId is not null).Select(r => r.CaseId!.Value).Distinct().ToList();
        var codes = caseIds.Count == 0 ? [] : (await cases.ToListAsync(cases.QueryIncludingDeleted().Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.Code }), ct))
            .ToDictionary(c => c.Id, c => c.Code);
        return new PagedResultDto<IssuedDocumentDto>(rows.Select(d => new IssuedDocumentDto(d.Id, d.Authority, d.Year, d.Number,
            IssuedDocument.Format(d.Number, d.Symbol), d.Kind, d.CaseId, d.CaseId is { } id ? codes.GetValueOrDefault(id) : null, d.Title, d.IssuedOn,
            d.IssuedBy, d.FileName, d.DocxSha256, d.PdfSha256 != null, d.PdfSha256, d.Status, d.CorrectsId)).ToList(), total);
    }

    public async Task<GeneratedFile> GetFileAsync(Guid id, bool asPdf, CancellationToken ct = default)
    {
        await permissions.CheckAsync(D.Register, ct);
        var entry = await documents.FindAsync(id, ct) ?? throw new EntityNotFoundException(nameof(IssuedDocument), id);
        return asPdf ? await IssuedFiles.PdfAsync(entry, pdf, uow, ct) : new GeneratedFile(entry.FileName, GeneratedFile.DocxContentType, entry.Docx);
    }
}
