namespace InspectionSuite.Cases;

public sealed record OrderReCheckDto(string DecisionNumber, DateOnly DecidedOn, string Scope, DateOnly? DueOn, IReadOnlyList<Guid> InspectorIds, string ConcurrencyStamp);
