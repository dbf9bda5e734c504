using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// <see cref="ICaseRepository"/> on EF Core: every query-plan decision about cases. A caller who sees cases through viewer
/// rows is read either from those rows (few cases: start from the user's rows) or by walking cases in list order and probing
/// the viewer key for each (many cases: stop when the page is full); <see cref="CaseListOptions.FewViewerCases"/> picks.
/// Both plans give the same rows; the indexes behind them are in InspectionCaseConfiguration.
/// </summary>
public sealed class EfCoreCaseRepository(InspectionSuiteDbContext db, CaseListOptions listOptions) : ICaseRepository
{
    private static readonly ConditionalWeakTable<IModel, PartsQuery> Queries = new();

    private DbSet<InspectionCase> Cases => db.Set<InspectionCase>();
    private IQueryable<CaseViewer> ViewerRows(Guid userId) => db.Set<CaseViewer>().Where(v => v.UserId == userId);

    // ------------------------------------------------------------ visibility

    /// <summary>Checked case by case: the database walks cases in index order and probes the viewer key for each one.</summary>
    public IQueryable<InspectionCase> QueryVisible(CaseVisibility visibility)
    {
        if (visibility.ViewerId is not { } userId) return Narrowed(visibility);
        var all = db.Set<CaseViewer>();
        return Cases.Where(c => all.Any(v => v.UserId == userId && v.CaseId == c.Id));
    }

    /// <summary>"Id IN (the user's viewer rows)": the database starts from the user's rows instead of probing every case.</summary>
    public IQueryable<InspectionCase> QueryAllVisible(CaseVisibility visibility)
    {
        if (visibility.ViewerId is not { } userId) return Narrowed(visibility);
        var mine = ViewerRows(userId).Select(v => v.CaseId);
        return Cases.Where(c => mine.Contains(c.Id));
    }

    private IQueryable<InspectionCase> Narrowed(CaseVisibility visibility) => visibility.Rule is { } rule ? Cases.Where(rule) : Cases;

    /// <summary>Whether the user sees at most <see cref="CaseListOptions.FewViewerCases"/> cases through viewer rows.</summary>
    private async Task<bool> SeesFewCasesAsync(Guid viewerId, CancellationToken ct)
        => await ViewerRows(viewerId).Take(listOptions.FewViewerCases + 1).CountAsync(ct) <= listOptions.FewViewerCases;

    // ------------------------------------------------------------ one case

    /// <summary>
    /// One query reads the case and which of its parts are non-empty, then one query per non-empty part (a planned or decided
    /// case has the team at most, so loading each of a dozen collections was a dozen round trips, issue 8). The parts are
    /// the case's auto-included collections, read from the model: a part added later is loaded without changes here.
    /// </summary>
    public async Task<InspectionCase?> GetWithDetailsAsync(Guid id, CaseVisibility visibility, CancellationToken ct = default)
    {
        var parts = Queries.GetValue(db.Model, PartsQuery.For);
        // The team is a part like the others (probed, then read alone), not joined to the case's row: the join made EF wrap
        // the row in a subquery, and SQLite compiled that statement (some 90 columns and 14 EXISTS, compiled again on every
        // request: Microsoft.Data.Sqlite keeps no prepared statements between commands) in ~4x the time of the flat row plus
        // a second small query (test/InspectionSuite.Benchmarks/README.md, "What a statement costs to compile").
        var row = visibility switch
        {
            { Rule: null, ViewerId: null } => await parts.Compiled.Everything(db, id, ct),
            { Rule: null, ViewerId: { } userId } => await parts.Compiled.ThroughViewerRows(db, id, userId, ct),
            _ => await QueryVisible(visibility).Where(c => c.Id == id).IgnoreAutoIncludes().Select(parts.Projection).FirstOrDefaultAsync(ct),
        };
        if (row is null) return null;
        // The case was just read: Entry would otherwise compare every property of it with its snapshot first.
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var entry = db.Entry(row.Case);
        db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        for (var i = 0; i < parts.Navigations.Length; i++)
        {
            if (!row.Has[i]) continue;
            var collection = entry.Collection(parts.Navigations[i]);
            if (!collection.IsLoaded) await collection.LoadAsync(ct);
        }
        return row.Case;
    }

    // ------------------------------------------------------------ the case's unit and team

    public async Task<CaseParties> GetPartiesAsync(InspectionCase @case, CancellationToken ct = default)
    {
        var queries = PartiesQueries.GetValue(db.Model, _ => new PartiesQuery());
        var ids = @case.Team.Select(m => m.UserId).Distinct().ToArray();
        if (ids.Length == 0) return new CaseParties(await queries.Unit(db, @case.UnitId, ct), new Dictionary<Guid, CasePerson>());
        // The unit and the team's names in one round trip (issue 19): the unit's row once per member (a cross join). Without
        // a row (the unit id unknown, or no member left) each is read on its own, so the answer is the same either way.
        var both = await queries.UnitWithPeople(db, @case.UnitId, ids).ToListAsync(ct);
        if (both.Count > 0) return new CaseParties(both[0].Unit, both.Select(r => r.Person).ToDictionary(p => p.Id));
        return new CaseParties(await queries.Unit(db, @case.UnitId, ct), await queries.People(db, ids).ToDictionaryAsync(p => p.Id, cancellationToken: ct));
    }

    private static readonly ConditionalWeakTable<IModel, PartiesQuery> PartiesQueries = new();

    private sealed record UnitAndPerson(Unit Unit, CasePerson Person);

    /// <summary>
    /// Compiled once per model: every fired trigger's reply and every case page read the parties, and building, funcletizing
    /// and looking up these LINQ queries on each call cost more than running them (test/InspectionSuite.Benchmarks/README.md).
    /// A case keeps the unit it was opened on, so the unit is read with deleted ones too (no other filtered type is in these
    /// queries, so ignoring every filter is the same as <see cref="SoftDeleteFilter.IncludingDeleted"/>, which a compiled query cannot call).
    /// </summary>
    private sealed class PartiesQuery
    {
        public readonly Func<InspectionSuiteDbContext, Guid, CancellationToken, Task<Unit?>> Unit = EF.CompileAsyncQuery(
            (InspectionSuiteDbContext db, Guid unitId, CancellationToken _) => db.Set<Unit>().IgnoreQueryFilters().FirstOrDefault(u => u.Id == unitId));

        public readonly Func<InspectionSuiteDbContext, Guid[], IAsyncEnumerable<CasePerson>> People = EF.CompileAsyncQuery(
            (InspectionSuiteDbContext db, Guid[] ids) => db.Set<AppUser>().Where(u => ids.Contains(u.Id)).Select(u => new CasePerson(u.Id, u.UserName ?? "", u.FullName)));

        public readonly Func<InspectionSuiteDbContext, Guid, Guid[], IAsyncEnumerable<UnitAndPerson>> UnitWithPeople = EF.CompileAsyncQuery(
            (InspectionSuiteDbContext db, Guid unitId, Guid[] ids) =>
                from u in db.Set<Unit>().IgnoreQueryFilters().Where(u => u.Id == unitId)
                from p in db.Set<AppUser>().Where(x => ids.Contains(x.Id))
                select new UnitAndPerson(u, new CasePerson(p.Id, p.UserName ?? "", p.FullName)));
    }

    /// <summary>The case and, per auto-included collection (in <see cref="PartsQuery.Navigations"/> order), whether it has rows.</summary>
    public sealed class CaseWithParts
    {
        public InspectionCase Case { get; init; } = null!;
        public bool[] Has { get; init; } = [];
    }

    private sealed record PartsQuery(string[] Navigations, Expression<Func<InspectionCase, CaseWithParts>> Projection)
    {
        /// <summary>
        /// The case's row read with the two visibilities that need no rule, compiled once per model: the projection's 14
        /// EXISTS made EF's lookup of the LINQ query in its cache (comparing the whole expression tree on every call) cost
        /// more than running it, ~7% of a fired trigger's CPU (test/InspectionSuite.Benchmarks/README.md).
        /// </summary>
        public required CaseRowQueries Compiled { get; init; }

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
            var projection = Expression.Lambda<Func<InspectionCase, CaseWithParts>>(body, c);
            return new PartsQuery(navigations.Select(n => n.Name).ToArray(), projection) { Compiled = new CaseRowQueries(projection) };
        }
    }

    private sealed class CaseRowQueries(Expression<Func<InspectionCase, CaseWithParts>> projection)
    {
        /// <summary>Stands for the projection in the query templates below; replaced by it before they are compiled.</summary>
        private static readonly Expression<Func<InspectionCase, CaseWithParts>> Projected = c => new CaseWithParts { Case = c };

        public readonly Func<InspectionSuiteDbContext, Guid, CancellationToken, Task<CaseWithParts?>> Everything = EF.CompileAsyncQuery(
            WithProjection<Func<InspectionSuiteDbContext, Guid, CancellationToken, CaseWithParts?>>(projection,
                (db, id, _) => db.Set<InspectionCase>().Where(c => c.Id == id).IgnoreAutoIncludes().Select(Projected).FirstOrDefault()));

        public readonly Func<InspectionSuiteDbContext, Guid, Guid, CancellationToken, Task<CaseWithParts?>> ThroughViewerRows = EF.CompileAsyncQuery(
            WithProjection<Func<InspectionSuiteDbContext, Guid, Guid, CancellationToken, CaseWithParts?>>(projection,
                (db, id, userId, _) => db.Set<InspectionCase>().Where(c => db.Set<CaseViewer>().Any(v => v.UserId == userId && v.CaseId == c.Id))
                    .Where(c => c.Id == id).IgnoreAutoIncludes().Select(Projected).FirstOrDefault()));

        private static Expression<TDelegate> WithProjection<TDelegate>(Expression<Func<InspectionCase, CaseWithParts>> projection, Expression<TDelegate> template)
            => (Expression<TDelegate>)new ProjectionSubstitution(projection).Visit(template);

        private sealed class ProjectionSubstitution(Expression<Func<InspectionCase, CaseWithParts>> projection) : ExpressionVisitor
        {
            protected override Expression VisitMember(MemberExpression node)
                => node.Member.Name == nameof(Projected) && node.Member.DeclaringType == typeof(CaseRowQueries) ? Expression.Quote(projection) : base.VisitMember(node);
        }
    }

    // ------------------------------------------------------------ the list

    public async Task<CaseListPage> GetListAsync(CaseListFilter filter, CaseVisibility visibility, CaseListPaging paging, CancellationToken ct = default)
    {
        var sorting = (paging.Sorting ?? "creationTime desc").Trim().ToLowerInvariant();
        // An inspector's unfiltered list in creation or code order is their viewer rows in the order of its own index:
        // counting and skipping to a deep page read that index only, instead of probing every case of the table.
        if (visibility.ViewerId is { } viewerId && filter.IsEmpty && OrderViewerRows(ViewerRows(viewerId), sorting) is { } viewerOrder)
        {
            var viewerCount = await ViewerRows(viewerId).Take(paging.CountLimit).CountAsync(ct);
            var ids = await viewerOrder.Skip(paging.Skip).Take(paging.Take).Select(v => v.CaseId).ToListAsync(ct);
            var rows = (await ListRowsAsync(Cases.Where(c => ids.Contains(c.Id)), ct)).OrderBy(c => ids.IndexOf(c.Id)).ToList();
            return new CaseListPage(rows, viewerCount);
        }

        // Probing every case (walking in list order) suits a user who sees many; starting from the viewer rows suits few.
        var query = visibility.ViewerId is { } userId && await SeesFewCasesAsync(userId, ct)
            ? QueryAllVisible(visibility)
            : QueryVisible(visibility);
        query = Filtered(query, filter);
        var counted = await query.Take(paging.CountLimit).CountAsync(ct);
        query = sorting switch
        {
            "code" => query.OrderBy(c => c.Code),
            "code desc" => query.OrderByDescending(c => c.Code),
            "subject" => query.OrderBy(c => c.Subject).ThenBy(c => c.Code),
            "subject desc" => query.OrderByDescending(c => c.Subject).ThenBy(c => c.Code),
            "state" => query.OrderBy(c => c.State).ThenBy(c => c.Code),
            "onsitestart" => query.OrderBy(c => c.OnSiteStart).ThenBy(c => c.Code),
            "onsitestart desc" => query.OrderByDescending(c => c.OnSiteStart).ThenBy(c => c.Code),
            "creationtime" => query.OrderBy(c => c.CreationTime).ThenBy(c => c.Code),
            _ => query.OrderByDescending(c => c.CreationTime).ThenBy(c => c.Code),
        };
        return new CaseListPage(await ListRowsAsync(query.Skip(paging.Skip).Take(paging.Take), ct), counted);
    }

    private IQueryable<InspectionCase> Filtered(IQueryable<InspectionCase> query, CaseListFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            // Code, subject, decision number, and the unit's code or name (the header search, issue 18), inside the visibility the
            // caller applied. LIKE is case-insensitive on SQL Server (CI collation) and for ASCII letters on SQLite ("thanh tra"
            // finds "Thanh tra"); diacritics count. The user's '%', '_' and '[' match themselves.
            var pattern = "%" + CaseTextSearch.EscapeLike(filter.Text.Trim()) + "%";
            var units = db.Set<Unit>().IncludingDeleted();
            query = query.Where(c => EF.Functions.Like(c.Code, pattern, CaseTextSearch.Escape) || EF.Functions.Like(c.Subject, pattern, CaseTextSearch.Escape)
                || (c.Decision.Number != null && EF.Functions.Like(c.Decision.Number, pattern, CaseTextSearch.Escape))
                || units.Any(u => u.Id == c.UnitId && (EF.Functions.Like(u.Code, pattern, CaseTextSearch.Escape) || EF.Functions.Like(u.Name, pattern, CaseTextSearch.Escape))));
        }
        if (!string.IsNullOrWhiteSpace(filter.State)) query = query.Where(c => c.State == filter.State);
        if (filter.Authority is { } authority) query = query.Where(c => c.Authority == authority);
        if (filter.UnitId is { } unitId) query = query.Where(c => c.UnitId == unitId);
        if (filter.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (filter.SanctionType is { } sanctionType) query = query.Where(c => db.Set<Sanction>().Any(s => s.CaseId == c.Id && s.Type == sanctionType));
        if (filter.SanctionStatus is { } sanctionStatus) query = query.Where(c => db.Set<Sanction>().Any(s => s.CaseId == c.Id && s.Status == sanctionStatus));
        if (filter.ConcludedFrom is { } concludedFrom) query = query.Where(c => c.Conclusion.Date >= concludedFrom);
        if (filter.ConcludedTo is { } concludedTo) query = query.Where(c => c.Conclusion.Date <= concludedTo);
        if (filter.Stratum is { } stratum)
        {
            var departments = stratum == Stratum.Department;
            var units = db.Set<Unit>().IncludingDeleted();
            query = query.Where(c => units.Any(u => u.Id == c.UnitId && (u.Kind == UnitKind.Department) == departments));
        }
        return query;
    }

    /// <summary>The list orders that viewer rows carry (the case's creation time and code never change); null for the others.</summary>
    private static IQueryable<CaseViewer>? OrderViewerRows(IQueryable<CaseViewer> rows, string sorting) => sorting switch
    {
        "subject" or "subject desc" or "state" or "onsitestart" or "onsitestart desc" => null,
        "code" => rows.OrderBy(v => v.Code),
        "code desc" => rows.OrderByDescending(v => v.Code),
        "creationtime" => rows.OrderBy(v => v.CreationTime).ThenBy(v => v.Code),
        _ => rows.OrderByDescending(v => v.CreationTime).ThenBy(v => v.Code),
    };

    /// <summary>The list rows of a page query (ordered, skipped, taken): no report or conclusion texts, no child collections.</summary>
    private Task<List<CaseListRow>> ListRowsAsync(IQueryable<InspectionCase> page, CancellationToken ct)
        => (from c in page
            join u in db.Set<Unit>().IncludingDeleted() on c.UnitId equals u.Id
            select new CaseListRow(c.Id, c.Code, c.Kind, c.Authority, c.UnitId, u.Code, u.Name, c.Subject, c.State, c.Decision.Number,
                c.OnSiteStart, c.OnSiteEnd, c.OverdueFlagged, c.CreationTime)).ToListAsync(ct);

    // ------------------------------------------------------------ the inbox

    /// <summary>
    /// A role task may belong to a case the user must not see, so the inbox reads only the visible cases' instances. An
    /// inspector's cases are their viewer rows, which carry the instance: on few cases their tasks are read by instance; on
    /// many, the role's tasks are walked in due order with one probe of the viewer key per task.
    /// </summary>
    public async Task<CaseInboxInstances> GetInboxInstancesAsync(CaseVisibility visibility, CancellationToken ct = default)
    {
        if (visibility.ViewerId is { } viewerId)
        {
            var instances = ViewerRows(viewerId).Where(v => v.InstanceId != null).Select(v => v.InstanceId!.Value);
            return await SeesFewCasesAsync(viewerId, ct)
                ? new CaseInboxInstances(await instances.ToListAsync(ct), null)
                : new CaseInboxInstances(null, instances);
        }
        return new CaseInboxInstances(null, QueryVisible(visibility).Where(c => c.WorkflowInstanceId != null).Select(c => c.WorkflowInstanceId!.Value));
    }

    public async Task<IReadOnlyDictionary<Guid, CaseInboxCase>> GetInboxCasesAsync(CaseVisibility visibility, IReadOnlyCollection<Guid> instanceIds, CancellationToken ct = default)
    {
        if (instanceIds.Count == 0) return new Dictionary<Guid, CaseInboxCase>();
        var rows = await QueryVisible(visibility)
            .Where(c => c.WorkflowInstanceId != null && instanceIds.Contains(c.WorkflowInstanceId.Value))
            .Select(c => new { InstanceId = c.WorkflowInstanceId!.Value, c.Id, c.Code, c.Subject }).ToListAsync(ct);
        return rows.ToDictionary(c => c.InstanceId, c => new CaseInboxCase(c.Id, c.Code, c.Subject));
    }
}
