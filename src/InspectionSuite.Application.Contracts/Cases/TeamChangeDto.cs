namespace InspectionSuite.Cases;

/// <summary>
/// One decision changing the team after the decision (quyết định thay đổi thành viên Đoàn): who joined (as Trưởng đoàn or
/// member), who left (and whether they led), why, from when, who decided, and the number and date the register gave
/// the decision (null until its document is issued).
/// </summary>
public sealed record TeamChangeDto(Guid Id, DateOnly ChangedOn, string Reason, Guid? AddedUserId, string? AddedName, bool AddedAsLeader,
    Guid? RemovedUserId, string? RemovedName, bool RemovedWasLeader, string DecidedBy, string? DecisionNumber, DateOnly? DecisionDate,
    Guid? DecisionId = null);
