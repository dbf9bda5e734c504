namespace InspectionSuite.Auditing;

/// <summary>
/// Reads and verifies the tamper-evident audit log (the CLI's `audit verify` calls <see cref="VerifyChainAsync"/>) and
/// anchors it with checkpoints (<see cref="CheckpointAsync"/>: the CLI, <see cref="AuditCheckpointHost"/>, and every
/// verification that finds the chain intact).
/// </summary>
public sealed class AuditLogAppService(
    IPermissionChecker permissions,
    IRepository<AuditLogRecord> log,
    IRepository<AuditCheckpoint> checkpoints,
    IUnitOfWork unitOfWork,
    AuditChainKey key,
    TimeProvider time,
    ILogger<AuditLogAppService> logger) : IAuditLogAppService
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
        if (result.IsIntact) await CheckpointAsync(ct);
        return new AuditVerificationDto(result.IsIntact, result.RecordsChecked, result.BrokenAtSequence, result.Reason, result.CheckpointsChecked);
    }

    /// <summary>Walks the whole chain and checks it against every checkpoint, without a permission check (the CLI runs with database access, not a login).</summary>
    public async Task<AuditVerification> VerifyChainAsync(CancellationToken ct = default)
    {
        var anchors = await checkpoints.ToListAsync(checkpoints.Query(), ct);
        return await AuditChainVerifier.VerifyAsync(StreamInOrder(ct), anchors, key, ct);
    }

    /// <summary>
    /// Seals the chain's current length and newest hash in a checkpoint, unless the newest checkpoint already has them.
    /// Reads the newest record without taking the chain's lock: writers are never held up, and a record committed a moment
    /// later is simply anchored by the next checkpoint. The checkpoint is also logged, a copy outside the database.
    /// </summary>
    public async Task<AuditCheckpoint?> CheckpointAsync(CancellationToken ct = default)
    {
        var last = await log.FirstOrDefaultAsync(log.Query().OrderByDescending(r => r.Sequence).Select(r => new { r.Sequence, r.Hash }), ct);
        if (last is null) return null;
        var newest = await checkpoints.FirstOrDefaultAsync(checkpoints.Query().OrderByDescending(c => c.RecordCount).Select(c => (long?)c.RecordCount), ct);
        if (newest >= last.Sequence) return null;
        var checkpoint = AuditCheckpoint.Seal(last.Sequence, last.Hash, time.GetUtcNow().UtcDateTime, key);
        await checkpoints.InsertAsync(checkpoint, ct);
        await unitOfWork.SaveChangesAsync(ct);
        logger.LogInformation("Audit checkpoint {CheckpointId}: {RecordCount} records, last hash {LastHash}, at {TimeUtc:O}, seal {Mac}",
            checkpoint.Id, checkpoint.RecordCount, checkpoint.LastHash, checkpoint.TimeUtc, checkpoint.Mac);
        return checkpoint;
    }

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
