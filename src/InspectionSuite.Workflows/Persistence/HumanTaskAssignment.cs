using System.Linq.Expressions;

namespace InspectionSuite.Workflows.Persistence;

/// <summary>
/// Whose inbox a task is in, as SQL-translatable predicates shared by the runtime's inbox (<c>WorkflowInbox</c>) and the
/// filtered inbox of the application: <see cref="Mine"/> — assigned to the user; <see cref="Pooled"/> — no user, a role
/// the user holds. "No user" is written as COALESCE(user, '') = '' on purpose: as "IS NULL" the database takes the
/// (Status, AssigneeUserId, DueAtUtc) index for it (the statistics say a user value is rare) and then scans every pooled
/// task of every role; this way it walks the (Status, AssigneeRole, DueAtUtc) index of the caller's roles. (No
/// "AssigneeRole IS NOT NULL" either: SQLite then walked the role index as a range and sorted every pooled task.)
/// </summary>
public static class HumanTaskAssignment
{
    public static Expression<Func<WorkflowHumanTask, bool>> Mine(string userId) => t => t.AssigneeUserId == userId;

    public static Expression<Func<WorkflowHumanTask, bool>> Pooled(List<string> roles)
        => t => (t.AssigneeUserId ?? "") == "" && roles.Contains(t.AssigneeRole!);

    /// <summary><see cref="Mine"/> or <see cref="Pooled"/>, one predicate (the same bodies, on one parameter).</summary>
    public static Expression<Func<WorkflowHumanTask, bool>> MineOrPooled(string userId, List<string> roles)
    {
        var mine = Mine(userId);
        var pooled = Pooled(roles);
        var pooledBody = new ReplaceParameter(pooled.Parameters[0], mine.Parameters[0]).Visit(pooled.Body);
        return Expression.Lambda<Func<WorkflowHumanTask, bool>>(Expression.OrElse(mine.Body, pooledBody), mine.Parameters[0]);
    }

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
