namespace InspectionSuite.Planning;

public sealed record AddPlanAdjustmentDto(string UnitCode, AdjustmentKind Kind, string Reason, string ConcurrencyStamp);
