namespace InspectionSuite.Cases;

// ---------------------------------------------------------------- checklist

public sealed record CheckCriterionDto(string Code, string Name, string Target, string Source);
/// <param name="Stamp">What the item's result holds now: send it back as <see cref="RecordChecklistResultDto.ItemStamp"/>.</param>
public sealed record ChecklistItemDto(Guid Id, string CriterionCode, string Title, string? Target, CheckResult Result, string? MeasuredValue, string? Note, Guid? FindingId, string Stamp);
public sealed record AddChecklistItemDto(string CriterionCode, string? Title, string? Target, string ConcurrencyStamp);
public sealed record AddCatalogueCriteriaDto(string ConcurrencyStamp);
/// <param name="ItemStamp">The item's stamp as read: only a result recorded on this item since is a conflict. Without it the case's stamp is compared (any change to the case since is a conflict).</param>
public sealed record RecordChecklistResultDto(CheckResult Result, string? MeasuredValue, string? Note, string ConcurrencyStamp, string? ItemStamp = null);
/// <summary>The item after recording, and the finding it proposed (criterion not met), if any.</summary>
public sealed record ChecklistResultDto(ChecklistItemDto Item, FindingDto? ProposedFinding, string ConcurrencyStamp);

public interface IChecklistAppService
{
    /// <summary>The plan's criteria (Kế hoạch 534) in the current UI language.</summary>
    IReadOnlyList<CheckCriterionDto> GetCatalogue();
    Task<IReadOnlyList<ChecklistItemDto>> GetListAsync(Guid caseId, CancellationToken ct = default);
    Task<IReadOnlyList<ChecklistItemDto>> AddCatalogueCriteriaAsync(Guid caseId, AddCatalogueCriteriaDto input, CancellationToken ct = default);
    Task<ChecklistItemDto> AddItemAsync(Guid caseId, AddChecklistItemDto input, CancellationToken ct = default);
    Task<ChecklistResultDto> RecordResultAsync(Guid caseId, Guid itemId, RecordChecklistResultDto input, CancellationToken ct = default);
}

// ---------------------------------------------------------------- evidence

public sealed record EvidenceFileDto(Guid Id, string FileName, string ContentType, long SizeBytes, string Sha256, DateOnly? EffectiveDate, string? Description, Guid? UploadedBy, DateTime UploadedAtUtc);

/// <summary>An upload: the stream is read once, hashed and stored under a generated name.</summary>
public sealed record UploadEvidenceInput(string FileName, string ContentType, long Length, Stream Content, DateOnly? EffectiveDate, string? Description, string ConcurrencyStamp);

/// <summary>Opened evidence: the caller disposes <see cref="Content"/>; <see cref="FileName"/> is for Content-Disposition only.</summary>
public sealed record EvidenceContent(Stream Content, string ContentType, string FileName, string Sha256);

public interface IEvidenceAppService
{
    Task<IReadOnlyList<EvidenceFileDto>> GetListAsync(Guid caseId, CancellationToken ct = default);
    Task<EvidenceFileDto> UploadAsync(Guid caseId, UploadEvidenceInput input, CancellationToken ct = default);
    Task<EvidenceContent> OpenAsync(Guid caseId, Guid evidenceId, CancellationToken ct = default);
}

// ---------------------------------------------------------------- findings

public sealed record FindingDto(Guid Id, string? CriterionCode, string Description, FindingSeverity Severity, string? LegalBasis, decimal? AmountVnd, string? Responsible, FindingStatus Status);
public sealed record RecordFindingDto(string? CriterionCode, string Description, FindingSeverity Severity, string? LegalBasis, decimal? AmountVnd, string? Responsible, string ConcurrencyStamp);
public sealed record ConfirmFindingDto(string Description, FindingSeverity Severity, string? LegalBasis, decimal? AmountVnd, string? Responsible, string ConcurrencyStamp);
public sealed record RejectFindingDto(string ConcurrencyStamp);

public interface IFindingAppService
{
    Task<IReadOnlyList<FindingDto>> GetListAsync(Guid caseId, CancellationToken ct = default);
    Task<FindingDto> RecordAsync(Guid caseId, RecordFindingDto input, CancellationToken ct = default);
    /// <summary>Confirms a proposed finding (e.g. from a criterion not met), possibly with corrected details.</summary>
    Task<FindingDto> ConfirmAsync(Guid caseId, Guid findingId, ConfirmFindingDto input, CancellationToken ct = default);
    Task<FindingDto> RejectAsync(Guid caseId, Guid findingId, RejectFindingDto input, CancellationToken ct = default);
}

// ---------------------------------------------------------------- sanctions

public sealed record SanctionDto(Guid Id, SanctionType Type, string Target, decimal? AmountVnd, DateOnly? Deadline, string Responsible, SanctionStatus Status,
    decimal AmountRecoveredVnd, string? CarryOverReason, bool IsOverdue);
public sealed record IssueSanctionDto(SanctionType Type, string Target, decimal? AmountVnd, DateOnly? Deadline, string Responsible, string ConcurrencyStamp);
public sealed record CarryOverSanctionDto(string Reason, string ConcurrencyStamp);

public interface ISanctionAppService
{
    Task<IReadOnlyList<SanctionDto>> GetListAsync(Guid caseId, CancellationToken ct = default);
    Task<SanctionDto> IssueAsync(Guid caseId, IssueSanctionDto input, CancellationToken ct = default);
    /// <summary>Carries an unresolved sanction over (e.g. to next year's plan) with a reason, so the case can close.</summary>
    Task<SanctionDto> CarryOverAsync(Guid caseId, Guid sanctionId, CarryOverSanctionDto input, CancellationToken ct = default);
}

// ---------------------------------------------------------------- follow-up

/// <summary>A report of the unit; a "done" report is a claim the team answers (<see cref="Review"/>: null while it waits).</summary>
public sealed record ImplementationReportDto(Guid Id, Guid SanctionId, ImplementationStatus Status, decimal AmountRecoveredVnd, string? Note, DateOnly ReportedOn, Guid? ReporterId,
    IReadOnlyList<EvidenceFileDto> Attachments, ImplementationReview? Review = null, string? RejectionReason = null, DateOnly? ReviewedOn = null);
/// <summary>The team confirms the unit's report that an item is done (theo dõi, đôn đốc).</summary>
public sealed record ConfirmImplementationDto(string ConcurrencyStamp);
/// <summary>The team rejects the unit's report that an item is done, with the reason the unit will read.</summary>
public sealed record RejectImplementationDto(string Reason, string ConcurrencyStamp);
public sealed record ReportImplementationDto(Guid SanctionId, ImplementationStatus Status, decimal AmountRecoveredVnd, string? Note, string ConcurrencyStamp);
public sealed record FollowUpDto(Guid CaseId, string State, decimal AmountDecidedVnd, decimal AmountRecoveredVnd, int Unresolved, int Overdue,
    IReadOnlyList<SanctionDto> Sanctions, IReadOnlyList<ImplementationReportDto> Reports, IReadOnlyList<ReCheckDto> ReChecks);

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
