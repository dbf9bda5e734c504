namespace InspectionSuite.Cases;

// ---------------------------------------------------------------- sanctions

public sealed record SanctionDto(Guid Id, SanctionType Type, string Target, decimal? AmountVnd, DateOnly? Deadline, string Responsible, SanctionStatus Status,
    decimal AmountRecoveredVnd, string? CarryOverReason, bool IsOverdue);
