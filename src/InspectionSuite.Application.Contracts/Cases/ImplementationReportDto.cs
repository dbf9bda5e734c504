namespace InspectionSuite.Cases;

// ---------------------------------------------------------------- follow-up

/// <summary>A report of the unit; a "done" report is a claim the team answers (<see cref="Review"/>: null while it waits).</summary>
public sealed record ImplementationReportDto(Guid Id, Guid SanctionId, ImplementationStatus Status, decimal AmountRecoveredVnd, string? Note, DateOnly ReportedOn, Guid? ReporterId,
    IReadOnlyList<EvidenceFileDto> Attachments, ImplementationReview? Review = null, string? RejectionReason = null, DateOnly? ReviewedOn = null);
