namespace InspectionSuite.Monitoring;

/// <summary>Limits of the monitoring records.</summary>
public static class MonitoringConsts
{
    public const int MaxPeriodLength = 8;
    public const int MaxReasonLength = 1000;
    public const int MaxFileNameLength = 200;
    public const int MaxContentTypeLength = 100;
    public const int MaxFiguresJsonLength = 4000;
}
