namespace InspectionSuite.Cases;

/// <summary>
/// Error codes of the changes of a case's team after the decision (quyết định thay đổi thành viên Đoàn), block 0409xx,
/// localized in Localization/teamchange.{vi,en}.json.
/// </summary>
public static class TeamChangeErrorCodes
{
    /// <summary>No args. Before the decision is issued the team is appointed (AssignTeam), not changed by a decision.</summary>
    public const string DecisionNotIssued = "Inspection:040901";
    /// <summary>Arg 0: the decision's number. After the decision the team changes only by a decision changing it.</summary>
    public const string TeamFixedByDecision = "Inspection:040902";
    /// <summary>No args. The person added is on the team already (in that role).</summary>
    public const string AlreadyOnTeam = "Inspection:040903";
    /// <summary>No args. The person removed is not on the team.</summary>
    public const string NotOnTeam = "Inspection:040904";
    /// <summary>No args. The Trưởng đoàn is not removed alone: the change names the new Trưởng đoàn, who replaces them.</summary>
    public const string LeaderNotRemovable = "Inspection:040905";
    /// <summary>No args. The change adds nobody and removes nobody, or adds the person it removes.</summary>
    public const string NothingChanged = "Inspection:040906";
    /// <summary>No args. A new Trưởng đoàn replaces the present one: the person removed by the same decision must be that one.</summary>
    public const string NewLeaderReplacesLeader = "Inspection:040908";
    /// <summary>One decision names the same person twice (twice added, twice removed, or added and removed).</summary>
    public const string SamePersonTwice = "Inspection:040909";
    /// <summary>A new Trưởng đoàn is named with several other changes: that decision changes the leader alone.</summary>
    public const string LeaderChangeAlone = "Inspection:040910";
}
