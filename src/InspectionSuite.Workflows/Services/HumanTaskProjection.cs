using System.Linq.Expressions;

namespace InspectionSuite.Workflows.Services;

/// <summary>A task row as an inbox line: as an expression for queries, and compiled once for a task already in memory.</summary>
internal static class HumanTaskProjection
{
    public static readonly Expression<Func<WorkflowHumanTask, HumanTaskInfo>> Expression =
        t => new HumanTaskInfo(t.Id, t.InstanceId, t.CorrelationId, t.Name, t.State, t.AssigneeRole, t.AssigneeUserId, t.DueAtUtc, t.IsOverdue, t.Status, t.SendBackReason, t.CreatedAtUtc);

    public static readonly Func<WorkflowHumanTask, HumanTaskInfo> Of = Expression.Compile();
}
