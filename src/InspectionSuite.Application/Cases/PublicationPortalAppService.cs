namespace InspectionSuite.Cases;

/// <summary>
/// The publication portal (công khai kết luận, at least 15 consecutive days on the agency's portal): open to everyone, so it
/// reads no permission and no caller. It answers only conclusions that were published (the Publish step fired, the case
/// not cancelled) and whose publication window contains today; before the window or after it a conclusion is not listed.
/// </summary>
public sealed class PublicationPortalAppService(IRepository<InspectionCase> cases, IRepository<Unit> units, TimeProvider time,
    IRepository<IssuedDocument> issued, LibreOfficePdfConverter pdf, IUnitOfWork uow) : IPublicationPortalAppService
{
    /// <summary>The states from the Publish step on: the conclusion is public in them (<see cref="InspectionCase.IsConclusionPublished"/>).</summary>
    private static readonly string[] PublishedStates = CaseStates.Ordered.Where(s => CaseStates.Rank(s) >= CaseStates.Rank(CaseStates.Published)).ToArray();

    public async Task<PagedResultDto<PublishedConclusionDto>> GetPublishedAsync(int skip, int take, CancellationToken ct = default)
    {
        skip = PagedAndSortedInput.BoundSkip(skip);
        take = PagedAndSortedInput.BoundTake(take);
        var today = VietnamTime.Today(time);
        var inWindow = cases.Query().Where(c => PublishedStates.Contains(c.State)
                                                && c.Conclusion.Number != null && c.Conclusion.Date != null && c.Conclusion.Text != null
                                                && c.Publication.From != null && c.Publication.To != null
                                                && c.Publication.From <= today && c.Publication.To >= today);
        var total = await cases.CountAsync(inWindow, ct);
        var page = await cases.ToListAsync(
            from c in inWindow.OrderByDescending(c => c.Publication.From).ThenBy(c => c.Conclusion.Number).Skip(skip).Take(take)
            join u in units.QueryIncludingDeleted() on c.UnitId equals u.Id
            select new { c.Id, Dto = new PublishedConclusionDto(c.Authority, c.Kind, u.Name, c.Subject, c.Conclusion.Number!, c.Conclusion.Date!.Value, c.Conclusion.Signer,
                c.Conclusion.Text!, c.Publication.From!.Value, c.Publication.To!.Value) }, ct);
        var ids = page.Select(p => (Guid?)p.Id).ToList();
        var documents = (await issued.ToListAsync(issued.Query().Where(d => ids.Contains(d.CaseId) && ConclusionKinds.Contains(d.Kind)
                && d.Status == IssuedDocumentStatus.Issued && d.SubjectKey == "").Select(d => new { d.Id, d.CaseId }), ct))
            .GroupBy(d => d.CaseId!.Value).ToDictionary(g => g.Key, g => g.First().Id);
        return new PagedResultDto<PublishedConclusionDto>(page.Select(p => p.Dto with { IssuedDocumentId = documents.TryGetValue(p.Id, out var d) ? d : null }).ToList(), total);
    }

    // Register kinds (slugs) of the conclusion a portal shows: kết luận thanh tra, thông báo kết quả kiểm tra.
    private static readonly string[] ConclusionKinds = ["inspection-conclusion", "check-results-notice"];

    public async Task<GeneratedFile> GetConclusionPdfAsync(Guid issuedDocumentId, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(time);
        var entry = await issued.FindAsync(issuedDocumentId, ct);
        var published = entry is { Status: IssuedDocumentStatus.Issued, CaseId: { } caseId } && ConclusionKinds.Contains(entry.Kind)
            && await cases.AnyAsync(cases.Query().Where(c => c.Id == caseId && PublishedStates.Contains(c.State)
                && c.Publication.From != null && c.Publication.To != null && c.Publication.From <= today && c.Publication.To >= today), ct);
        if (!published) throw new EntityNotFoundException(nameof(IssuedDocument), issuedDocumentId);
        return await IssuedFiles.PdfAsync(entry!, pdf, uow, ct);
    }
}
