namespace InspectionSuite.Cases;

/// <summary>A member's report to the Trưởng đoàn (internal to the team).</summary>
public sealed record MemberReportDto(Guid Id, Guid MemberId, string MemberName, DateOnly ReportedOn, string Text, Guid? EvidenceId);
