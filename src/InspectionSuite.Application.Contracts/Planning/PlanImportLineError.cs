namespace InspectionSuite.Planning;

public sealed record PlanImportLineError(int Line, string Reason);
