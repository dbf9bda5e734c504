using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>Links the context's pending audit records to the end of the stored chain, just before they are saved.</summary>
internal static class AuditChainWriter
{
    public static bool HasPending(InspectionSuiteDbContext context) => context.PendingAuditRecords.Count > 0;

    private sealed record ChainLink(long Sequence, string Hash);

    // The chain's end, read by every save that writes an audit record (every command): compiled once per model, so a save
    // does not build, funcletize and look up the LINQ expression again (test/InspectionSuite.Benchmarks/README.md,
    // session 17). Per model: EF refuses a compiled query on a model other than the one it was compiled for.
    private static readonly ConditionalWeakTable<IModel, Func<InspectionSuiteDbContext, CancellationToken, Task<ChainLink?>>> ChainEndOf = new();

    private static Task<ChainLink?> ChainEnd(InspectionSuiteDbContext context, CancellationToken ct)
        => ChainEndOf.GetValue(context.Model, _ => EF.CompileAsyncQuery((InspectionSuiteDbContext db, CancellationToken _) => db.AuditLog.AsNoTracking()
            .OrderByDescending(r => r.Sequence)
            .Select(r => new ChainLink(r.Sequence, r.Hash))
            .FirstOrDefault()))(context, ct);

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

        var last = await ChainEnd(context, ct);
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
