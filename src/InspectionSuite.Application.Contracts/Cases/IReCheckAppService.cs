namespace InspectionSuite.Cases;

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
