namespace InspectionSuite.Cases;

/// <summary>
/// Changes of the team after the decision. Before the decision is issued the supervisor appoints the team freely
/// (<see cref="ICaseAppService.AssignTeamAsync"/>); after it, the người ra quyết định (Cases.Decide) decides each change,
/// kept in the case's history (<see cref="CaseDto.TeamChanges"/>) and issued as a quyết định thay đổi thành viên Đoàn.
/// </summary>
public interface ICaseTeamAppService
{
    /// <summary>POST /api/cases/{id}/team-changes (Cases.Decide). Refused before the decision (Inspection:040901) and without a reason.</summary>
    Task<CaseDto> ChangeTeamAsync(Guid id, ChangeTeamDto input, CancellationToken ct = default);

    /// <summary>The inspectors a decision may add to a team (Cases.Decide), by name.</summary>
    Task<IReadOnlyList<TeamChangeCandidateDto>> GetCandidatesAsync(CancellationToken ct = default);
}
