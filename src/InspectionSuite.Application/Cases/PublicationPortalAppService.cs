using InspectionSuite.Organization;

namespace InspectionSuite.Cases;

/// <summary>
/// The publication portal (công khai kết luận, at least 15 consecutive days on the agency's portal): open to everyone, so it
/// reads no permission and no caller. It answers only conclusions that were published (the Publish step fired, the case
/// not cancelled) and whose publication window contains today; before the window or after it a conclusion is not listed.
/// </summary>
public sealed class PublicationPortalAppService(IRepository<InspectionCase> cases, IRepository<Unit> units, TimeProvider time) : IPublicationPortalAppService
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
            select new PublishedConclusionDto(c.Authority, c.Kind, u.Name, c.Subject, c.Conclusion.Number!, c.Conclusion.Date!.Value, c.Conclusion.Signer,
                c.Conclusion.Text!, c.Publication.From!.Value, c.Publication.To!.Value), ct);
        return new PagedResultDto<PublishedConclusionDto>(page, total);
    }
}
