namespace InspectionSuite.Monitoring;

/// <summary>A reporting period of the units (seed IV.1) with the day its report is due (the last day on time).</summary>
public sealed record KpiPeriodDto(string Period, char Kind, int Year, DateOnly From, DateOnly To, DateOnly DueOn);
