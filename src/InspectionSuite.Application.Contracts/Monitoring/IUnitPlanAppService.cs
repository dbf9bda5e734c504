namespace InspectionSuite.Monitoring;

/// <summary>The units' implementation plans: submitted by the representative, tracked by Sở Nội vụ.</summary>
public interface IUnitPlanAppService
{
    Task<MyUnitPlanDto> GetMineAsync(CancellationToken ct = default);
    Task<MyUnitPlanDto> SubmitAsync(SubmitUnitPlanDto input, CancellationToken ct = default);
    Task<PlanTrackerDto> GetTrackerAsync(int? year = null, CancellationToken ct = default);
    /// <summary>
    /// A unit's plan file for download: Sở Nội vụ (Monitoring.ViewAll) any unit's, a representative only their own
    /// (another unit's is not found). <see cref="EvidenceContent.FileName"/> is a generated ASCII name, safe in Content-Disposition.
    /// </summary>
    Task<EvidenceContent> OpenFileAsync(Guid unitId, CancellationToken ct = default);
}
