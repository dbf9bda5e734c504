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
