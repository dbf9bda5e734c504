namespace InspectionSuite.EntityFrameworkCore;

/// <summary>Links the context's pending audit records to the end of the stored chain, just before they are saved.</summary>
internal static class AuditChainWriter
{
    public static bool HasPending(InspectionSuiteDbContext context) => context.PendingAuditRecords.Count > 0;

    public static async Task ChainPendingAsync(InspectionSuiteDbContext context, CancellationToken ct)
    {
        var pending = context.PendingAuditRecords;
        if (pending.Count == 0) return;

        // A retry after losing the sequence race: forget the numbers taken in the failed attempt.
        foreach (var record in pending)
        {
            var entry = context.Entry(record);
            if (entry.State != EntityState.Detached) entry.State = EntityState.Detached;
        }

        var last = await context.AuditLog.AsNoTracking()
            .OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hash })
            .FirstOrDefaultAsync(ct);
        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? AuditChainVerifier.GenesisHash;

        var key = context.ChainKey;
        foreach (var record in pending)
        {
            record.Chain(++sequence, previousHash, key);
            previousHash = record.Hash;
            context.AuditLog.Add(record);
        }
    }
}
