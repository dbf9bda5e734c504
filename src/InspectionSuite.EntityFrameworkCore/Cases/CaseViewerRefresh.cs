namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Keeps <see cref="CaseViewer"/> equal to what it is derived from. Before a save, <see cref="TouchedCasesAsync"/> names
/// the cases whose viewers the save may change; after the save, inside the same transaction, <see cref="RewriteAsync"/>
/// deletes their rows and derives them again from the saved team and re-check tables. Rewriting from the tables (rather
/// than adding and removing rows per change) stays right when one person is both on the team and on a re-check.
/// </summary>
internal static class CaseViewerRefresh
{
    // SQL Server allows 2,100 parameters per command; each case id is one parameter, used three times.
    private const int CasesPerCommand = 500;

    public static async Task<IReadOnlyCollection<Guid>> TouchedCasesAsync(DbContext db, CancellationToken ct)
    {
        var touched = new HashSet<Guid>();
        List<Guid>? reChecksToResolve = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            switch (entry.Entity)
            {
                case TeamMember member:
                    touched.Add(member.CaseId);
                    break;
                case ReCheck reCheck:
                    touched.Add(reCheck.CaseId);
                    break;
                case ReCheckInspector inspector:
                    // Its re-check is in the same aggregate and normally tracked with it (handled by the case above).
                    if (db.ChangeTracker.Entries<ReCheck>().FirstOrDefault(r => r.Entity.Id == inspector.ReCheckId) is { } owner)
                        touched.Add(owner.Entity.CaseId);
                    else
                        (reChecksToResolve ??= []).Add(inspector.ReCheckId);
                    break;
                case InspectionCase c when entry.State is EntityState.Added or EntityState.Deleted
                                           || IsModified(entry, nameof(InspectionCase.WorkflowInstanceId))
                                           || IsModified(entry, nameof(InspectionCase.IsDeleted)):
                    touched.Add(c.Id);
                    break;
            }
        }
        if (reChecksToResolve is not null)
            touched.UnionWith(await db.Set<ReCheck>().IncludingDeleted().Where(r => reChecksToResolve.Contains(r.Id)).Select(r => r.CaseId).ToListAsync(ct));
        return touched;
    }

    private static bool IsModified(EntityEntry entry, string property) => entry.State == EntityState.Modified && entry.Property(property).IsModified;

    public static async Task RewriteAsync(DbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken ct)
    {
        foreach (var chunk in caseIds.Chunk(CasesPerCommand))
        {
            var args = chunk.Cast<object>().ToArray();
            var (delete, insert) = Statements(chunk.Length);
            await db.Database.ExecuteSqlRawAsync(delete, args, ct);
            await db.Database.ExecuteSqlRawAsync(insert, args, ct);
        }
    }

    /// <summary>
    /// The delete and insert for <paramref name="caseCount"/> case ids, in ExecuteSqlRaw's form: only parameter placeholders
    /// ({0}, {1}, …) are put into the text, and the provider turns them into its parameters (@p0, … on SQL Server).
    /// </summary>
    internal static (string Delete, string Insert) Statements(int caseCount)
    {
        var list = string.Join(", ", Enumerable.Range(0, caseCount).Select(i => $"{{{i}}}"));
        return ($"DELETE FROM CaseViewers WHERE CaseId IN ({list})",
            "INSERT INTO CaseViewers (UserId, CaseId, InstanceId, CreationTime, Code) " +
            "SELECT v.UserId, c.Id, c.WorkflowInstanceId, c.CreationTime, c.Code FROM Cases c JOIN (" +
            $"SELECT UserId, CaseId FROM CaseTeamMembers WHERE CaseId IN ({list}) " +
            "UNION SELECT i.UserId, r.CaseId FROM CaseReCheckInspectors i JOIN CaseReChecks r ON r.Id = i.ReCheckId " +
            $"WHERE r.CaseId IN ({list})) v ON v.CaseId = c.Id WHERE c.IsDeleted = 0");
    }
}
