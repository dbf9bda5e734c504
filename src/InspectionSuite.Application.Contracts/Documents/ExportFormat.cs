namespace InspectionSuite.Documents;

public enum ExportFormat { Xlsx, Csv }
