namespace InspectionSuite.Cases;

/// <summary>A kiến nghị chấn chỉnh or kiến nghị xử lý trách nhiệm and what it answers.</summary>
public sealed record CheckOutcomeDto(Guid Id, SanctionType Type, string Text, string Responsible, DateOnly? Deadline, Guid? FindingId, string? CriterionCode, SanctionStatus Status);
