namespace InspectionSuite.Documents;

public enum ReportFormat { Docx, Xlsx }
