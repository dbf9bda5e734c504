namespace InspectionSuite.Cases;

public interface ISanctionAppService
{
    Task<IReadOnlyList<SanctionDto>> GetListAsync(Guid caseId, CancellationToken ct = default);
    Task<SanctionDto> IssueAsync(Guid caseId, IssueSanctionDto input, CancellationToken ct = default);
    /// <summary>Carries an unresolved sanction over (e.g. to next year's plan) with a reason, so the case can close.</summary>
    Task<SanctionDto> CarryOverAsync(Guid caseId, Guid sanctionId, CarryOverSanctionDto input, CancellationToken ct = default);
}
