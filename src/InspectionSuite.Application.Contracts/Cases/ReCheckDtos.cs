namespace InspectionSuite.Cases;

// ---------------------------------------------------------------- re-check of the implementation (follow-up)

public sealed record ReCheckInspectorDto(Guid UserId, string UserName, string FullName);
public sealed record ReCheckResultDto(Guid Id, Guid SanctionId, ReCheckOutcome Outcome, decimal? VerifiedRecoveredVnd, string? Note, DateOnly RecordedOn, Guid? RecordedBy);

/// <summary>A re-check; <see cref="IsOverdue"/> when its due date has passed while an unresolved item of the case has no result from it.</summary>
public sealed record ReCheckDto(Guid Id, string DecisionNumber, DateOnly DecidedOn, string Scope, DateOnly? DueOn, bool IsOverdue,
    IReadOnlyList<ReCheckInspectorDto> Inspectors, IReadOnlyList<ReCheckResultDto> Results);

public sealed record OrderReCheckDto(string DecisionNumber, DateOnly DecidedOn, string Scope, DateOnly? DueOn, IReadOnlyList<Guid> InspectorIds, string ConcurrencyStamp);

/// <summary><see cref="Note"/> is required when the outcome is NotDone; <see cref="VerifiedRecoveredVnd"/> replaces the amount the unit reported.</summary>
public sealed record RecordReCheckResultDto(Guid SanctionId, ReCheckOutcome Outcome, decimal? VerifiedRecoveredVnd, string? Note, string ConcurrencyStamp);

/// <summary>Kiểm tra lại việc thực hiện kết luận: ordered during follow-up, its results resolve or reopen sanctions.</summary>
public interface IReCheckAppService
{
    Task<IReadOnlyList<ReCheckDto>> GetListAsync(Guid caseId, CancellationToken ct = default);
    /// <summary>Who may be assigned to a re-check: the users holding the Inspector role (needs Cases.FollowUp).</summary>
    Task<IReadOnlyList<ReCheckInspectorDto>> GetInspectorOptionsAsync(CancellationToken ct = default);
    /// <summary>Orders a re-check (decision number and date, scope, due date, assigned inspectors: Inspector role only).</summary>
    Task<ReCheckDto> OrderAsync(Guid caseId, OrderReCheckDto input, CancellationToken ct = default);
    /// <summary>Records the verdict on one sanction or recommendation: confirmed done resolves it, not done reopens it.</summary>
    Task<ReCheckDto> RecordResultAsync(Guid caseId, Guid reCheckId, RecordReCheckResultDto input, CancellationToken ct = default);
}
