using InspectionSuite.Oversight;
using InspectionSuite.Planning;

namespace InspectionSuite.Home;

/// <summary>
/// A supervisor's home: what is past due (tasks and every overdue source by kind), cases still without a team, the coverage tracker of
/// Sở Nội vụ's approved check plan of this year toward 20% (null without one), and the open tasks and cases per inspector.
/// </summary>
public sealed record SupervisorHomeDto(
    int OverdueTasks, IReadOnlyDictionary<string, int> OverdueByKind, int UnassignedCases, int UnassignedTasks,
    int Year, PlanCoverageDto? Coverage, IReadOnlyList<InspectorLoadDto> TeamLoad);

/// <summary>A leader's home: how the sanctions and recommendations of this year's conclusions stand.</summary>
public sealed record LeaderHomeDto(int Year, int Total, int Done, int InProgress, int Issued, int CarriedOver, int Overdue);

/// <summary>An administrator's home: the accounts and the audit chain's last seal.</summary>
public sealed record AdminHomeDto(int Users, int Locked, int WithoutEmail, long AuditRecords, long SealedRecords, DateTime? LastCheckpointUtc);

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
