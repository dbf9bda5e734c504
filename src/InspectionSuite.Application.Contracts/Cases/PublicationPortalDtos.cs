using InspectionSuite.Organization;

namespace InspectionSuite.Cases;

/// <summary>
/// One conclusion on the public portal (/cong-khai): the conclusion itself (number, date, signer, text), whom and what it
/// is about, and its publication window. Nothing else of the case (no ids, team, diary, drafts or unit contacts).
/// </summary>
public sealed record PublishedConclusionDto(
    AuthorityCode Authority, CaseKind Kind, string UnitName, string Subject,
    string ConclusionNumber, DateOnly ConclusionDate, string? ConclusionSigner, string ConclusionText,
    DateOnly PublishedFrom, DateOnly PublishedTo);

/// <summary>The anonymous, read-only publication portal (công khai kết luận): conclusions inside their publication window.</summary>
public interface IPublicationPortalAppService
{
    /// <summary>Published conclusions whose window includes today (Vietnam), newest publication first.</summary>
    Task<PagedResultDto<PublishedConclusionDto>> GetPublishedAsync(int skip, int take, CancellationToken ct = default);
}
