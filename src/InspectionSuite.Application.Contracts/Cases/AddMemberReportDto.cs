namespace InspectionSuite.Cases;

/// <summary>A member's report to the Trưởng đoàn; <paramref name="EvidenceId"/> links a file already among the case's evidence.</summary>
public sealed record AddMemberReportDto(Guid MemberId, DateOnly ReportedOn, string Text, Guid? EvidenceId, string ConcurrencyStamp);
