namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// The soft-delete query filter is named per entity type. EF applies <c>IgnoreQueryFilters()</c> to the whole query, so a
/// join with the units "including deleted ones" also dropped the cases' filter in the same query (the case list would list
/// deleted cases it did not count); ignoring one type's named filter leaves every other type's filter in place.
/// </summary>
public static class SoftDeleteFilter
{
    public static string KeyOf(Type entityType) => "SoftDelete:" + entityType.Name;

    /// <summary>The rows of <typeparamref name="TEntity"/> including soft-deleted ones; other entity types in the query stay filtered.</summary>
    public static IQueryable<TEntity> IncludingDeleted<TEntity>(this IQueryable<TEntity> query) where TEntity : class
        => query.IgnoreQueryFilters([KeyOf(typeof(TEntity))]);
}
