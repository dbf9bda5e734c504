using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Cases;

/// <summary>Evidence files: validated, hashed (SHA-256) and stored outside the database; metadata on the case.</summary>
public sealed class EvidenceAppService(CaseAccess access, CaseMapper map, EvidenceStore store, EvidenceIntake intake) : IEvidenceAppService
{
    public async Task<IReadOnlyList<EvidenceFileDto>> GetListAsync(Guid caseId, CancellationToken ct = default)
        => (await ReadableAsync(caseId, ct)).OrderBy(e => e.UploadedAtUtc).Select(map.ToDto).ToList();

    /// <summary>The evidence of a case already loaded and checked visible, as <paramref name="userId"/> may read it.</summary>
    internal static IReadOnlyList<EvidenceFileDto> ListOf(InspectionCase @case, bool unitView, Guid? userId, CaseMapper map)
        => (unitView ? UnitRepresentativeView.OwnEvidence(@case, userId) : @case.Evidence).OrderBy(e => e.UploadedAtUtc).Select(map.ToDto).ToList();

    /// <summary>The case's evidence the caller may read: all of it, except for the unit's representative (their own uploads).</summary>
    private async Task<IEnumerable<EvidenceFile>> ReadableAsync(Guid caseId, CancellationToken ct)
    {
        var @case = await access.GetAsync(caseId, P.Default, ct);
        return await access.IsUnitRepresentativeAsync(ct) ? UnitRepresentativeView.OwnEvidence(@case, access.UserId) : @case.Evidence;
    }

    public async Task<EvidenceFileDto> UploadAsync(Guid caseId, UploadEvidenceInput input, CancellationToken ct = default)
    {
        // Checked before the file is stored (visibility, permission, may change); the addition itself never waits on other additions.
        var @case = await access.GetAsync(caseId, P.Evidence, ct);
        await access.EnsureMayChangeAsync(@case, ct);
        return await intake.RecordWithFilesAsync(caseId, [new FileUploadDto(input.FileName, input.ContentType, input.Length, input.Content)], async stored =>
        {
            var f = stored[0];
            var evidence = await access.AddToCaseAsync(caseId, P.Evidence,
                c => c.AddEvidence(f.Id, f.FileName, f.StoredName, f.ContentType, f.SizeBytes, f.Sha256, input.EffectiveDate, input.Description, access.UserId, access.UtcNow), ct);
            return map.ToDto(evidence);
        }, ct);
    }

    public async Task<EvidenceContent> OpenAsync(Guid caseId, Guid evidenceId, CancellationToken ct = default)
    {
        var e = (await ReadableAsync(caseId, ct)).FirstOrDefault(x => x.Id == evidenceId) ?? throw new EntityNotFoundException(nameof(EvidenceFile), evidenceId);
        return new EvidenceContent(store.OpenRead(e.StoredName), e.ContentType, e.FileName, e.Sha256);
    }
}
