using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace InspectionSuite.Web;

/// <summary>Server-side paging for list pages: builds page links that keep the current filters.</summary>
/// <remarks>
/// With <paramref name="totalIsLowerBound"/> the list was counted only a few pages ahead (<see cref="PagedCount"/>): the
/// text says "more than N" and the last link is the first page past N, which is known to exist.
/// </remarks>
/// <remarks><paramref name="parameter"/> names the page's query parameter, for a second paged list on one page.</remarks>
public sealed class Pager(HttpRequest request, int page, int pageSize, int totalCount, bool totalIsLowerBound = false, string parameter = "p")
{
    public int Page { get; } = Math.Max(1, page);
    public int PageSize { get; } = pageSize;
    public int TotalCount { get; } = totalCount;
    public bool TotalIsLowerBound { get; } = totalIsLowerBound;
    public int PageCount => (int)Math.Ceiling((TotalCount + (TotalIsLowerBound ? 1 : 0)) / (double)PageSize);
    public int Skip => (Page - 1) * PageSize;

    public string Url(int page)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value).ToDictionary(k => k.Key, v => v.Value.ToString());
        query[parameter] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(request.Path, query!);
    }
}
