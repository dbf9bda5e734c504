namespace InspectionSuite.Cases;

/// <summary>
/// Resolved = Done or CarriedOver; a case closes only when every sanction is resolved. Reported (chờ xác nhận) is the
/// unit's claim that it is done: not resolved until the team confirms it (→ Done) or rejects it (→ InProgress).
/// </summary>
public enum SanctionStatus { Issued = 0, InProgress = 1, Done = 2, CarriedOver = 3, Reported = 4 }
