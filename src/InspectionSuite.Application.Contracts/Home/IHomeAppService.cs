namespace InspectionSuite.Home;

/// <summary>The blocks of the home page other than the inbox's and the unit's (each checks its own permission).</summary>
public interface IHomeAppService
{
    /// <summary>Needs Tasks.Reassign (the overdue board's permission) and Cases.Assign (team load).</summary>
    Task<SupervisorHomeDto> GetSupervisorAsync(CancellationToken ct = default);
    /// <summary>Needs Cases.Decide (who signs decisions and conclusions).</summary>
    Task<LeaderHomeDto> GetLeaderAsync(CancellationToken ct = default);
    /// <summary>Needs Administration.Users.</summary>
    Task<AdminHomeDto> GetAdminAsync(CancellationToken ct = default);
}
