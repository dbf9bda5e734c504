namespace InspectionSuite.Cases;

/// <summary>A member of the case team (đoàn); exactly one is the leader (trưởng đoàn).</summary>
public sealed class TeamMember : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public Guid UserId { get; private set; }
    public bool IsLeader { get; private set; }
    private TeamMember() { }
    internal TeamMember(Guid caseId, Guid userId, bool isLeader) { Id = Guid.NewGuid(); CaseId = caseId; UserId = userId; IsLeader = isLeader; }
}
