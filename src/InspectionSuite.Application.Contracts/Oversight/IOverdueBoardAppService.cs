namespace InspectionSuite.Oversight;

/// <summary>The overdue board's items other than tasks (tasks stay on <see cref="IOversightAppService.GetOverdueBoardAsync"/>, where they are reassigned).</summary>
public interface IOverdueBoardAppService
{
    /// <summary>Oldest due first; <see cref="OverdueBoardPage.CountByKind"/> counts every kind under the authority filter.</summary>
    Task<OverdueBoardPage> GetEntriesAsync(GetOverdueEntriesInput input, CancellationToken ct = default);
}
