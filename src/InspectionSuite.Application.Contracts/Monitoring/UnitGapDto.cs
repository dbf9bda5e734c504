namespace InspectionSuite.Monitoring;

/// <summary>A unit's own result on one indicator below target, and how far below.</summary>
public sealed record UnitGapDto(Guid UnitId, string UnitCode, string UnitName, string IndicatorCode, decimal Percent, decimal TargetPercent, decimal Gap);
