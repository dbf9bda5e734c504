using System.Reflection;
using Xunit;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("InspectionSuite.Web.Tests.Infrastructure.BrowserClassesFirst", "InspectionSuite.Web.Tests")]

namespace InspectionSuite.Web.Tests.Infrastructure;

/// <summary>
/// Starts the browser test classes (<see cref="BrowserFixture"/>) before the HTTP ones. xunit runs a few classes at a
/// time (xunit.runner.json) in this order; the browser classes are the long ones (up to minutes), the HTTP ones take
/// seconds, so long ones first leaves short ones to fill the end instead of one long class running on alone. Within each
/// group xunit's own stable order (by collection id) is kept.
/// </summary>
public sealed class BrowserClassesFirst : ITestCollectionOrderer
{
    private const string PerClassCollectionPrefix = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections)
        => testCollections
            .OrderBy(c => UsesBrowser(c) ? 0 : 1)
            .ThenBy(c => c.UniqueID)
            .ToList();

    private static bool UsesBrowser(ITestCollection collection)
    {
        if (!collection.DisplayName.StartsWith(PerClassCollectionPrefix, StringComparison.Ordinal)) return false;
        var type = typeof(BrowserClassesFirst).Assembly.GetType(collection.DisplayName[PerClassCollectionPrefix.Length..]);
        return type is not null && typeof(IClassFixture<BrowserFixture>).IsAssignableFrom(type);
    }
}
