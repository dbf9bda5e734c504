namespace InspectionSuite.Home;

/// <summary>A leader's home: how the sanctions and recommendations of this year's conclusions stand.</summary>
public sealed record LeaderHomeDto(int Year, int Total, int Done, int InProgress, int Issued, int CarriedOver, int Overdue);
