namespace InspectionSuite.Planning;

public sealed record PlanAdjustmentDto(Guid Id, string UnitCode, string? UnitName, AdjustmentKind Kind, string Reason, AdjustmentSource Source);
