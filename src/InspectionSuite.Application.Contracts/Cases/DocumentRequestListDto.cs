namespace InspectionSuite.Cases;

/// <summary>
/// The requests of a case, the stamp to send with the next change, and what the caller may do: ask, accept and return
/// (<see cref="CanManage"/>: a team member) or answer (<see cref="CanAnswer"/>: the representative of the case's unit).
/// </summary>
public sealed record DocumentRequestListDto(Guid CaseId, IReadOnlyList<DocumentRequestDto> Items, string ConcurrencyStamp, bool CanManage, bool CanAnswer);
