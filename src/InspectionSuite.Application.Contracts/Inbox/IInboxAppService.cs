namespace InspectionSuite.Inbox;

/// <summary>"Việc của tôi" filtered, sorted and counted in SQL.</summary>
public interface IInboxAppService
{
    Task<InboxPageDto> GetAsync(GetInboxInput input, CancellationToken ct = default);

    /// <summary>The units of the caller's tasks matching the search, with their counts (the page's unit search).</summary>
    Task<IReadOnlyList<InboxFacetDto>> FindUnitsAsync(FindInboxUnitsInput input, CancellationToken ct = default);
}
