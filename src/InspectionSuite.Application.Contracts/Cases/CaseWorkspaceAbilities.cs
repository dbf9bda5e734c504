namespace InspectionSuite.Cases;

/// <summary>
/// What the caller may do on this case, from their permissions, their place on the team and the re-check rule (a
/// re-check inspector only reads the case and records their own re-check's results). It chooses which forms the page
/// offers; the services still decide (403/404/409) when a form is posted.
/// </summary>
public sealed record CaseWorkspaceAbilities
{
    /// <summary>Cases.Edit: records on the case (minutes, diary, deadlines, announcement, results report, work plan).</summary>
    public bool Edit { get; init; }
    public bool RecordFindings { get; init; }
    public bool UploadEvidence { get; init; }
    /// <summary>The unit reports implementation (Cases.ReportImplementation); the team records a report received on paper (Cases.FollowUp).</summary>
    public bool ReportImplementation { get; init; }
    /// <summary>Records the decision and appoints the team (Cases.Assign).</summary>
    public bool Assign { get; init; }
    /// <summary>The người ra quyết định (Cases.Decide): approves the kế hoạch tiến hành.</summary>
    public bool Decide { get; init; }
    /// <summary>Records the unit's explanation (giải trình) on the draft conclusion (Cases.RecordExplanation).</summary>
    public bool RecordExplanation { get; init; }
    /// <summary>The team drafts the conclusion (and its members dissent).</summary>
    public bool Draft { get; init; }
    /// <summary>Appraises the draft: holds Cases.Appraise and is not on the team (the team cannot appraise its own draft).</summary>
    public bool Appraise { get; init; }
    /// <summary>Signs the conclusion (the người ra quyết định): holds Cases.Decide and is not on the team.</summary>
    public bool Sign { get; init; }
    public bool Publish { get; init; }
    public bool Sanction { get; init; }
    /// <summary>Cases.FollowUp on a case the caller may change (carry over a sanction).</summary>
    public bool FollowUp { get; init; }
    /// <summary>Cases.FollowUp, also for a re-check inspector: orders re-checks and records their results (the service tells who may do which).</summary>
    public bool ReCheck { get; init; }
    /// <summary>
    /// Confirms or rejects the unit's report that an item is done (theo dõi, đôn đốc): Cases.FollowUp on the team or with
    /// Cases.ViewAll (a supervisor); never the unit's representative.
    /// </summary>
    public bool ReviewClaims { get; init; }
    /// <summary>The signed-in user is on the case team (dissents are the members' own).</summary>
    public bool IsTeamMember { get; init; }

    /// <summary>Nothing but reading: a caller who may not change the case.</summary>
    public static CaseWorkspaceAbilities ReadOnly { get; } = new();
}
