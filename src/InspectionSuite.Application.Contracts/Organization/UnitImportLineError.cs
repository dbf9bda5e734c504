namespace InspectionSuite.Organization;

public sealed record UnitImportLineError(int Line, string Reason);
