using System.Runtime.CompilerServices;
using System.Linq.Expressions;
using InspectionSuite.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// <see cref="ICaseLoader"/> on EF Core: the case's auto-included collections are read from the model, so a part added
/// later is loaded without changes here. Nested parts (a re-check's inspectors, a request's answers) come with their
/// collection, through their own auto-includes.
/// </summary>
public sealed class EfCaseLoader(InspectionSuiteDbContext db) : ICaseLoader
{
    private static readonly ConditionalWeakTable<IModel, PartsQuery> Queries = new();

    public async Task<InspectionCase?> FirstWithPartsAsync(IQueryable<InspectionCase> query, CancellationToken ct = default)
    {
        var parts = Queries.GetValue(db.Model, PartsQuery.For);
        var row = await query.IgnoreAutoIncludes().Select(parts.Projection).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var entry = db.Entry(row.Case);
        for (var i = 0; i < parts.Navigations.Length; i++)
        {
            if (!row.Has[i]) continue;
            var collection = entry.Collection(parts.Navigations[i]);
            if (!collection.IsLoaded) await collection.LoadAsync(ct);
        }
        return row.Case;
    }

    /// <summary>The case and, per auto-included collection (in <see cref="PartsQuery.Navigations"/> order), whether it has rows.</summary>
    public sealed class CaseWithParts
    {
        public InspectionCase Case { get; init; } = null!;
        public bool[] Has { get; init; } = [];
    }

    private sealed record PartsQuery(string[] Navigations, Expression<Func<InspectionCase, CaseWithParts>> Projection)
    {
        /// <summary>c => new CaseWithParts { Case = c, Has = [c.Team.Any(), c.Extensions.Any(), ...] } (EXISTS per part in SQL).</summary>
        public static PartsQuery For(IModel model)
        {
            var navigations = model.FindEntityType(typeof(InspectionCase))!.GetNavigations()
                .Where(n => n.IsCollection && n.IsEagerLoaded).ToArray();
            var c = Expression.Parameter(typeof(InspectionCase), "c");
            var has = navigations.Select(n => (Expression)Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [n.TargetEntityType.ClrType],
                Expression.Property(c, n.PropertyInfo ?? throw new InvalidOperationException($"{n.Name} has no CLR property"))));
            var body = Expression.MemberInit(Expression.New(typeof(CaseWithParts)),
                Expression.Bind(typeof(CaseWithParts).GetProperty(nameof(CaseWithParts.Case))!, c),
                Expression.Bind(typeof(CaseWithParts).GetProperty(nameof(CaseWithParts.Has))!, Expression.NewArrayInit(typeof(bool), has)));
            return new PartsQuery(navigations.Select(n => n.Name).ToArray(), Expression.Lambda<Func<InspectionCase, CaseWithParts>>(body, c));
        }
    }
}
