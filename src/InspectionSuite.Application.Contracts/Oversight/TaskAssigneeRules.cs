namespace InspectionSuite.Oversight;

/// <summary>
/// Who may take a task beyond its role pool: a task done under a permission is offered only to the permission's holders,
/// and a task the team must not do (the appraisal of its own draft conclusion) never to a member of the case's team.
/// Keyed by the definition's task name; a task not listed is offered to the users of its role.
/// </summary>
public static class TaskAssigneeRules
{
    public sealed record Rule(string Permission, bool OutsideTeam);

    public static readonly IReadOnlyDictionary<string, Rule> ByTask = new Dictionary<string, Rule>
    {
        // thanh-tra v3 "Concluding": the appraiser (thẩm định) holds Cases.Appraise and is not on the team (Cases.Appraise's rule).
        ["AppraiseDraft"] = new(Permissions.InspectionSuitePermissions.Cases.Appraise, OutsideTeam: true),
    };
}
