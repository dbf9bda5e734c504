namespace InspectionSuite.Cases;

public sealed record FollowUpDto(Guid CaseId, string State, decimal AmountDecidedVnd, decimal AmountRecoveredVnd, int Unresolved, int Overdue,
    IReadOnlyList<SanctionDto> Sanctions, IReadOnlyList<ImplementationReportDto> Reports, IReadOnlyList<ReCheckDto> ReChecks);
