namespace InspectionSuite.Cases.Workflow;

/// <summary>Every case workflow upgrade there is, one entry per definition and version pair (documented in docs/cases.md and docs/checks.md).</summary>
public static class CaseWorkflowMigrations
{
    /// <summary>
    /// thanh-tra.inspection v1 (Luật Thanh tra 11/2022) → v2 (Luật Thanh tra 84/2025/QH15), issue 14. v2 keeps v1's states,
    /// so every state maps to itself and the case's state mirror stays right; what changes is the work of the state: open
    /// tasks and deadlines of the same name carry over with their due time, the rest are cancelled or created (e.g. a
    /// Decided case gets "Phê duyệt kế hoạch tiến hành" for Leadership, which Announce now requires).
    /// </summary>
    public static readonly CaseWorkflowMigration ThanhTraInspectionV1ToV2 = new(CaseWorkflows.InspectionDefinitionId, CaseKind.Inspection, 1, 2,
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CaseStates.Planned] = CaseStates.Planned,
            [CaseStates.Decided] = CaseStates.Decided,
            [CaseStates.Announced] = CaseStates.Announced,
            [CaseStates.OnSite] = CaseStates.OnSite,
            [CaseStates.Reporting] = CaseStates.Reporting,
            [CaseStates.Concluding] = CaseStates.Concluding,
            [CaseStates.Published] = CaseStates.Published,
            [CaseStates.Sanctioning] = CaseStates.Sanctioning,
            [CaseStates.FollowUp] = CaseStates.FollowUp,
        });

    /// <summary>
    /// thanh-tra.inspection v2 → v3 (issue 14): v3 only adds Leadership's "Gia hạn" task (<c>DecideExtension</c>) to OnSite,
    /// opened on request when the team asks for an extension, so every state maps to itself and no task is created by the
    /// migration (a request made after it opens the task); tasks and deadlines carry over with their due time.
    /// </summary>
    public static readonly CaseWorkflowMigration ThanhTraInspectionV2ToV3 = new(CaseWorkflows.InspectionDefinitionId, CaseKind.Inspection, 2, 3,
        new Dictionary<string, string>(ThanhTraInspectionV1ToV2.StateMap, StringComparer.Ordinal));

    /// <summary>
    /// thanh-tra.inspection v3 → v4 (issue 14): the người ra quyết định (Leadership) issues and signs the decision. Every
    /// state maps to itself; a Planned case's open "Ban hành quyết định" task (<c>IssueDecision</c>) moves from the
    /// Supervisor to Leadership keeping its due time (the runtime hands a carried-over task to the assignee the target
    /// version declares); every other task and deadline carries over unchanged.
    /// </summary>
    public static readonly CaseWorkflowMigration ThanhTraInspectionV3ToV4 = new(CaseWorkflows.InspectionDefinitionId, CaseKind.Inspection, 3, 4,
        new Dictionary<string, string>(ThanhTraInspectionV1ToV2.StateMap, StringComparer.Ordinal));

    /// <summary>
    /// noi-vu.check v1 (a copy of the inspection procedure) → v2 (Sở Nội vụ's own procedure), issue 15 ("Sở Nội vụ's
    /// check, v1 → v2" in docs/checks.md).
    /// </summary>
    public static readonly CaseWorkflowMigration NoiVuCheckV1ToV2 = new(CaseWorkflows.CheckDefinitionId, CaseKind.Check, 1, 2,
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CaseStates.Planned] = CaseStates.Planned,
            [CaseStates.Decided] = CaseStates.Decided,
            // Announced: the unit knows of the check; v2 asks for its self-assessment from Decided.
            [CaseStates.Announced] = CaseStates.Decided,
            [CaseStates.OnSite] = CaseStates.OnSite,
            // v2 has no results report and no appraisal: both lead to the conclusion notice.
            [CaseStates.Reporting] = CaseStates.Concluding,
            [CaseStates.Concluding] = CaseStates.Concluding,
            // The conclusion is signed: what remains is the unit's remedies.
            [CaseStates.Published] = CaseStates.FollowUp,
            [CaseStates.Sanctioning] = CaseStates.FollowUp,
            [CaseStates.FollowUp] = CaseStates.FollowUp,
        });

    public static IReadOnlyList<CaseWorkflowMigration> All { get; } = [ThanhTraInspectionV1ToV2, ThanhTraInspectionV2ToV3, ThanhTraInspectionV3ToV4, NoiVuCheckV1ToV2];

    /// <summary>The upgrade of <paramref name="definitionId"/> from <paramref name="fromVersion"/>; null when there is none.</summary>
    public static CaseWorkflowMigration? Find(string definitionId, int fromVersion = 1)
        => All.FirstOrDefault(m => m.DefinitionId == definitionId && m.FromVersion == fromVersion);
}
