namespace InspectionSuite.Cases;

/// <summary>Tạm dừng; <paramref name="To"/> (last suspended day) null for an open end, closed later by a continuation record.</summary>
public sealed record AddSuspensionDto(string DecisionNumber, DateOnly From, DateOnly? To, string Reason, string ConcurrencyStamp);
