namespace InspectionSuite.Monitoring;

/// <summary>Error codes of the monitoring of every unit (area 15, issue 15). Texts in Localization/monitoring.{vi,en}.json.</summary>
public static class MonitoringErrorCodes
{
    /// <summary>A figure is negative. Args: indicator code.</summary>
    public const string FiguresNegative = "Inspection:150001";
    /// <summary>A share's part exceeds its whole. Args: indicator code, part figure, whole figure.</summary>
    public const string FiguresPartGreaterThanWhole = "Inspection:150008";
    /// <summary>An indicator given without one of its two figures. Args: indicator code, figure name.</summary>
    public const string FigureMissing = "Inspection:150009";
    /// <summary>Args: indicator code.</summary>
    public const string IndicatorUnknown = "Inspection:150010";
    /// <summary>Args: period text. Written like 2026-Q3, 2026-H1 or 2026.</summary>
    public const string PeriodInvalid = "Inspection:150002";
    /// <summary>A unit representative acts only for their own unit. No args.</summary>
    public const string NotYourUnit = "Inspection:150003";
    /// <summary>Only a submitted report can be returned. Args: status.</summary>
    public const string ReportNotSubmitted = "Inspection:150004";
    /// <summary>A return needs its reason. No args.</summary>
    public const string ReturnReasonRequired = "Inspection:150005";
    /// <summary>The plan comes with one file. No args.</summary>
    public const string PlanFileMissing = "Inspection:150006";
    /// <summary>The plan's issue date is missing or in the future. No args.</summary>
    public const string PlanDateInvalid = "Inspection:150007";
}
