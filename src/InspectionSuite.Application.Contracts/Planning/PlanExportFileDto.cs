namespace InspectionSuite.Planning;

public sealed record PlanExportFileDto(string FileName, string ContentType, byte[] Content);
