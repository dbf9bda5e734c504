namespace InspectionSuite.Cases;

/// <summary>Thanh tra (inspection, Provincial Inspectorate) or kiểm tra (check, Sở Nội vụ).</summary>
public enum CaseKind { Inspection = 1, Check = 2 }
