namespace InspectionSuite.Monitoring;

public sealed record ReturnKpiReportDto(string Reason);
