namespace InspectionSuite.Cases;

/// <summary>
/// One decision changing the team after the decision (quyết định thay đổi thành viên Đoàn): who joined (as Trưởng đoàn or
/// member), who left (and whether they led), why, from when, who decided, and the number and date the register gave
/// the decision (null until its document is issued).
/// </summary>
public sealed record TeamChangeDto(Guid Id, DateOnly ChangedOn, string Reason, Guid? AddedUserId, string? AddedName, bool AddedAsLeader,
    Guid? RemovedUserId, string? RemovedName, bool RemovedWasLeader, string DecidedBy, string? DecisionNumber, DateOnly? DecisionDate,
    Guid? DecisionId = null);

/// <summary>
/// A decision changing the team: add <see cref="AddUserId"/> (as the new Trưởng đoàn when <see cref="AsLeader"/>: the one
/// before leaves the team), remove <see cref="RemoveUserId"/>, or both (a member replaced). <see cref="On"/>: the day it
/// takes effect (today when null). One decision may also add and remove several people: <see cref="AddUserIds"/> and
/// <see cref="RemoveUserIds"/> (joined with the single fields); a new Trưởng đoàn (<see cref="AsLeader"/>) is then refused
/// (Inspection:040910): naming the leader is a decision of one person in and the leader out.
/// </summary>
public sealed record ChangeTeamDto(Guid? AddUserId, bool AsLeader, Guid? RemoveUserId, string Reason, DateOnly? On, string ConcurrencyStamp,
    IReadOnlyList<Guid>? AddUserIds = null, IReadOnlyList<Guid>? RemoveUserIds = null);

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

/// <summary>An inspector a decision changing the team may add.</summary>
public sealed record TeamChangeCandidateDto(Guid UserId, string UserName, string FullName);
