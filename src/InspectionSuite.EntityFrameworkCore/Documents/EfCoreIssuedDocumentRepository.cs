using InspectionSuite.Documents;

namespace InspectionSuite.EntityFrameworkCore.Documents;

/// <summary><see cref="IIssuedDocumentRepository"/> on EF Core.</summary>
public sealed class EfCoreIssuedDocumentRepository(InspectionSuiteDbContext db) : IIssuedDocumentRepository
{
    public async Task<IReadOnlyList<IssuedDocument>> GetInForceOfCaseForStatusChangeAsync(Guid caseId, CancellationToken ct = default)
    {
        var rows = await db.Set<IssuedDocument>().AsNoTracking()
            .Where(d => d.CaseId == caseId && d.Status == IssuedDocumentStatus.Issued)
            .Select(d => new { d.Id, d.CaseId, d.Status, d.ConcurrencyStamp })
            .ToListAsync(ct);
        var documents = new List<IssuedDocument>(rows.Count);
        foreach (var row in rows)
        {
            if (db.Set<IssuedDocument>().Local.FindEntry(row.Id) is { } tracked)
            {
                documents.Add(tracked.Entity);
                continue;
            }
            // A stub attached as unchanged: SaveChanges then writes only what the caller changes (and the audit fields).
            var stub = (IssuedDocument)Activator.CreateInstance(typeof(IssuedDocument), nonPublic: true)!;
            var entry = db.Entry(stub);
            entry.Property(d => d.Id).CurrentValue = row.Id;
            entry.Property(d => d.CaseId).CurrentValue = row.CaseId;
            entry.Property(d => d.Status).CurrentValue = row.Status;
            entry.Property(d => d.ConcurrencyStamp).CurrentValue = row.ConcurrencyStamp;
            entry.State = EntityState.Unchanged;
            documents.Add(stub);
        }
        return documents;
    }
}
