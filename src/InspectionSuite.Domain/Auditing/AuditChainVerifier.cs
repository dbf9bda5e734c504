namespace InspectionSuite.Auditing;

/// <summary>
/// Walks records in sequence order and reports the first one that breaks the chain: a gap, a broken link, a seal that is
/// not the key's HMAC, or a record that differs from what a checkpoint saw; then a chain shorter than a checkpoint saw.
/// </summary>
public static class AuditChainVerifier
{
    public const string GenesisHash = "";

    public static async Task<AuditVerification> VerifyAsync(IAsyncEnumerable<AuditLogRecord> recordsInSequenceOrder, IReadOnlyCollection<AuditCheckpoint> checkpoints,
        AuditChainKey key, CancellationToken ct = default)
    {
        // A checkpoint is trusted only with the key's seal: one forged to match a shortened chain is itself a finding.
        if (checkpoints.Where(c => !c.IsAuthentic(key)).MinBy(c => c.RecordCount) is { } forged)
            return new AuditVerification(false, 0, forged.RecordCount, $"checkpoint {forged.Id} ({forged.TimeUtc:O}) is not sealed with the chain key (forged or edited)", checkpoints.Count);
        var seenAt = checkpoints.ToLookup(c => c.RecordCount);

        long expectedSequence = 1;
        var previousHash = GenesisHash;
        long checkedCount = 0;
        await foreach (var record in recordsInSequenceOrder.WithCancellation(ct))
        {
            string? broken = null;
            if (record.Sequence != expectedSequence)
                return new AuditVerification(false, checkedCount, expectedSequence, $"record {expectedSequence} is missing (next present is {record.Sequence})", checkpoints.Count);
            if (record.PreviousHash != previousHash)
                broken = "previous-hash link does not match the preceding record";
            else if (!key.Matches(record.ComputeHash(key), record.Hash))
                broken = record.ComputeUnkeyedHash() == record.Hash
                    ? "sealed with plain SHA-256, not the chain key (written before the chain was keyed, or re-sealed by someone without the key)"
                    : "content does not match its seal (edited, or sealed with another key)";
            else if (seenAt[record.Sequence].FirstOrDefault(c => c.LastHash != record.Hash) is { } differs)
                broken = $"differs from the record checkpoint {differs.Id} ({differs.TimeUtc:O}) saw at this position";
            if (broken is not null) return new AuditVerification(false, checkedCount, record.Sequence, broken, checkpoints.Count);
            previousHash = record.Hash;
            expectedSequence++;
            checkedCount++;
        }
        // Deleting the newest records (or all of them) leaves a valid chain: only a checkpoint knows it was longer.
        if (checkpoints.Count > 0 && checkpoints.MaxBy(c => c.RecordCount) is { } newest && newest.RecordCount > checkedCount)
            return new AuditVerification(false, checkedCount, checkedCount + 1,
                $"the chain ends at record {checkedCount} but checkpoint {newest.Id} ({newest.TimeUtc:O}) saw {newest.RecordCount} records: the newest records were deleted", checkpoints.Count);
        return new AuditVerification(true, checkedCount, null, null, checkpoints.Count);
    }
}
