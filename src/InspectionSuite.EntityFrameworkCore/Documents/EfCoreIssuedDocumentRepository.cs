using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;
using InspectionSuite.Documents;

namespace InspectionSuite.EntityFrameworkCore.Documents;

/// <summary><see cref="IIssuedDocumentRepository"/> on EF Core.</summary>
public sealed class EfCoreIssuedDocumentRepository(InspectionSuiteDbContext db) : IIssuedDocumentRepository
{
    public Task<IssuedDocument?> GetInForceAsync(Guid? caseId, string kind, string subjectKey, CancellationToken ct = default)
        => InForce(caseId, kind, subjectKey).FirstOrDefaultAsync(ct);

    public async Task<Guid?> GetInForceIdAsync(Guid? caseId, string kind, string subjectKey, CancellationToken ct = default)
        => await InForce(caseId, kind, subjectKey).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);

    private IQueryable<IssuedDocument> InForce(Guid? caseId, string kind, string subjectKey)
    {
        var entries = db.Set<IssuedDocument>().AsQueryable();
        // Two queries rather than one comparing with a nullable parameter, which would not use the case's index.
        entries = caseId is { } id ? entries.Where(d => d.CaseId == id) : entries.Where(d => d.CaseId == null);
        return entries.Where(d => d.Kind == kind && d.SubjectKey == subjectKey && d.Status != IssuedDocumentStatus.Superseded)
            .OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Number);
    }

    // Read by every cancellation and closing (the documents the change of status reaches): compiled once per model.
    private static readonly ConditionalWeakTable<IModel, Func<InspectionSuiteDbContext, Guid, IAsyncEnumerable<StatusRow>>> InForceOfCase = new();

    public async Task<IReadOnlyList<IssuedDocument>> GetInForceOfCaseForStatusChangeAsync(Guid caseId, CancellationToken ct = default)
    {
        var query = InForceOfCase.GetValue(db.Model, _ => EF.CompileAsyncQuery((InspectionSuiteDbContext context, Guid id) =>
            context.Set<IssuedDocument>().AsNoTracking().Where(d => d.CaseId == id && d.Status == IssuedDocumentStatus.Issued)
                .Select(d => new StatusRow(d.Id, d.CaseId, d.Kind, d.Status, d.ConcurrencyStamp))));
        return (await query(db, caseId).ToListAsync(ct)).Select(Tracked).ToList();
    }

    public async Task<IssuedDocument?> FindForStatusChangeAsync(Guid id, CancellationToken ct = default)
        => await ForStatusChange(d => d.Id == id).FirstOrDefaultAsync(ct) is { } row ? Tracked(row) : null;

    private sealed record StatusRow(Guid Id, Guid? CaseId, string Kind, IssuedDocumentStatus Status, string ConcurrencyStamp);

    private IQueryable<StatusRow> ForStatusChange(System.Linq.Expressions.Expression<Func<IssuedDocument, bool>> which)
        => db.Set<IssuedDocument>().AsNoTracking().Where(which).Select(d => new StatusRow(d.Id, d.CaseId, d.Kind, d.Status, d.ConcurrencyStamp));

    // The entry the scope already tracks as it is; otherwise one attached as unchanged, so SaveChanges writes only what the
    // caller changes (and the audit fields).
    private IssuedDocument Tracked(StatusRow row)
    {
        if (db.Set<IssuedDocument>().Local.FindEntry(row.Id) is { } tracked) return tracked.Entity;
        var known = IssuedDocument.KnownForStatusChange(row.Id, row.CaseId, row.Kind, row.Status, row.ConcurrencyStamp);
        db.Attach(known);
        return known;
    }
}
