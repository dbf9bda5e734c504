namespace InspectionSuite.Cases;

/// <summary>A check team member from another agency (thành viên đoàn kiểm tra ngoài Sở Nội vụ), who need not be a user.</summary>
public sealed class ExternalTeamMember : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public string Name { get; private set; } = "";
    public string Position { get; private set; } = "";
    public string Agency { get; private set; } = "";
    private ExternalTeamMember() { }
    internal ExternalTeamMember(Guid caseId, string name, string position, string agency)
    { Id = Guid.NewGuid(); CaseId = caseId; Name = name; Position = position; Agency = agency; }
}
