using System.Linq.Expressions;
using InspectionSuite.Entities;
using Microsoft.EntityFrameworkCore;

namespace InspectionSuite.EntityFrameworkCore;

public static class ModelBuilderExtensions
{
    /// <summary>Soft-delete query filter and concurrency token for every aggregate that declares them.</summary>
    public static void ApplyConventionsForAggregates(this ModelBuilder builder)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.BaseType is null))
        {
            var clr = entityType.ClrType;
            if (typeof(ISoftDelete).IsAssignableFrom(clr))
            {
                var p = Expression.Parameter(clr, "e");
                var filter = Expression.Lambda(Expression.Not(Expression.Property(p, nameof(ISoftDelete.IsDeleted))), p);
                builder.Entity(clr).HasQueryFilter(filter);
                builder.Entity(clr).HasIndex(nameof(ISoftDelete.IsDeleted));
            }
            if (typeof(IHasConcurrencyStamp).IsAssignableFrom(clr))
                builder.Entity(clr).Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).HasMaxLength(40).IsConcurrencyToken();
        }
    }
}
