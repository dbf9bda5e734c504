namespace InspectionSuite.Cases;

public interface IFollowUpAppService
{
    Task<FollowUpDto> GetAsync(Guid caseId, CancellationToken ct = default);
    /// <summary>The unit (or the team) reports done / partly done / not done with the money recovered.</summary>
    Task<FollowUpDto> ReportImplementationAsync(Guid caseId, ReportImplementationDto input, CancellationToken ct = default);
    /// <summary>The same report with its attachments (receipts, decisions), stored as evidence linked to the report; all or nothing.</summary>
    Task<FollowUpDto> ReportImplementationAsync(Guid caseId, ReportImplementationDto input, IReadOnlyList<FileUploadDto> attachments, CancellationToken ct = default);
    /// <summary>A member of the team or a supervisor confirms the unit's "done": only then is the item resolved. Never the unit.</summary>
    Task<FollowUpDto> ConfirmImplementationAsync(Guid caseId, Guid sanctionId, ConfirmImplementationDto input, CancellationToken ct = default);
    /// <summary>A member of the team or a supervisor rejects the unit's "done" with a reason: the item is in progress again.</summary>
    Task<FollowUpDto> RejectImplementationAsync(Guid caseId, Guid sanctionId, RejectImplementationDto input, CancellationToken ct = default);
}
