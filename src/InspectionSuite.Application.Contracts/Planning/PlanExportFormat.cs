namespace InspectionSuite.Planning;

public enum PlanExportFormat { Xlsx, Csv }
