using InspectionSuite.Monitoring;

namespace InspectionSuite.Web.Pages.Monitoring;

/// <summary>Monitoring words for people: a period ("Quý 3/2026"), an indicator's name, a target, a result (no data is never 0%).</summary>
public static class MonitoringText
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Period(InspectionSuiteLocalizer l, string period)
        => KpiPeriod.TryParse(period, out var p)
            ? p.Kind switch { 'Q' => l["Mon.PeriodQ", p.Number, p.Year], 'H' => l["Mon.PeriodH", p.Number, p.Year], _ => l["Mon.PeriodY", p.Year] }
            : period;

    public static string Name(InspectionSuiteLocalizer l, KpiIndicator i) => English ? i.NameEn : i.NameVi;

    public static string Name(InspectionSuiteLocalizer l, string code) => KpiIndicators.Find(code) is { } i ? Name(l, i) : code;

    public static string Percent(decimal value) => value.ToString("0.##", CultureInfo.CurrentUICulture) + "%";

    public static string Target(InspectionSuiteLocalizer l, KpiIndicator i) => (i.TargetPercent >= 100 ? "" : "≥ ") + Percent(i.TargetPercent);

    public static string Target(decimal target) => (target >= 100 ? "" : "≥ ") + Percent(target);

    public static string Result(InspectionSuiteLocalizer l, decimal? percent) => percent is { } p ? Percent(p) : l["Mon.NoData"];
}
