using InspectionSuite.Permissions;
using Riok.Mapperly.Abstractions;

namespace InspectionSuite.Auditing;

[Mapper]
public static partial class AuditLogMapper
{
    public static partial IQueryable<AuditLogDto> ProjectToDto(this IQueryable<AuditLogRecord> query);

    [MapperIgnoreSource(nameof(AuditLogRecord.PreviousHash))]
    [MapperIgnoreSource(nameof(AuditLogRecord.Hash))]
    [MapperIgnoreSource(nameof(AuditLogRecord.UserId))]
    private static partial AuditLogDto ToDto(AuditLogRecord record);
}

/// <summary>Reads and verifies the tamper-evident audit log (the CLI's `audit verify` calls <see cref="VerifyChainAsync"/>).</summary>
public sealed class AuditLogAppService(IPermissionChecker permissions, IRepository<AuditLogRecord> log) : IAuditLogAppService
{
    public async Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogInput input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Administration.AuditLog, ct);
        var q = log.Query();
        if (!string.IsNullOrWhiteSpace(input.UserName)) q = q.Where(r => r.UserName == input.UserName);
        if (!string.IsNullOrWhiteSpace(input.Kind)) q = q.Where(r => r.Kind == input.Kind);
        if (!string.IsNullOrWhiteSpace(input.Action)) q = q.Where(r => r.Action.Contains(input.Action));
        if (input.FromUtc is { } from) q = q.Where(r => r.TimeUtc >= from);
        if (input.ToUtc is { } to) q = q.Where(r => r.TimeUtc <= to);
        var total = await log.CountAsync(q, ct);
        var ordered = input.Sorting?.ToLowerInvariant() == "sequence" ? q.OrderBy(r => r.Sequence) : q.OrderByDescending(r => r.Sequence);
        var items = await log.ToListAsync(ordered.Skip(input.Skip).Take(input.Take).ProjectToDto(), ct);
        return new PagedResultDto<AuditLogDto>(items, total);
    }

    public async Task<AuditVerificationDto> VerifyAsync(CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Administration.AuditVerify, ct);
        var result = await VerifyChainAsync(ct);
        return new AuditVerificationDto(result.IsIntact, result.RecordsChecked, result.BrokenAtSequence, result.Reason);
    }

    /// <summary>Walks the whole chain without a permission check (the CLI runs with database access, not a login).</summary>
    public Task<AuditVerification> VerifyChainAsync(CancellationToken ct = default)
        => AuditChainVerifier.VerifyAsync(StreamInOrder(ct), ct);

    // Batches keep memory flat on a large log.
    private async IAsyncEnumerable<AuditLogRecord> StreamInOrder([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        long after = 0;
        while (true)
        {
            var batch = await log.ToListAsync(log.Query().Where(r => r.Sequence > after).OrderBy(r => r.Sequence).Take(5000), ct);
            if (batch.Count == 0) yield break;
            foreach (var r in batch) yield return r;
            after = batch[^1].Sequence;
        }
    }
}
