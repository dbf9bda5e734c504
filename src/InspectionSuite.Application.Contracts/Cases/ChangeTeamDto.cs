namespace InspectionSuite.Cases;

/// <summary>
/// A decision changing the team: add <see cref="AddUserId"/> (as the new Trưởng đoàn when <see cref="AsLeader"/>: the one
/// before leaves the team), remove <see cref="RemoveUserId"/>, or both (a member replaced). <see cref="On"/>: the day it
/// takes effect (today when null). One decision may also add and remove several people: <see cref="AddUserIds"/> and
/// <see cref="RemoveUserIds"/> (joined with the single fields); a new Trưởng đoàn (<see cref="AsLeader"/>) is then refused
/// (Inspection:040910): naming the leader is a decision of one person in and the leader out.
/// </summary>
public sealed record ChangeTeamDto(Guid? AddUserId, bool AsLeader, Guid? RemoveUserId, string Reason, DateOnly? On, string ConcurrencyStamp,
    IReadOnlyList<Guid>? AddUserIds = null, IReadOnlyList<Guid>? RemoveUserIds = null);
