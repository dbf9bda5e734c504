namespace InspectionSuite.Monitoring;

/// <summary>
/// A unit's raw figures for one period, keyed by indicator code, as written in the API body and stored:
/// <c>{ "MEETINGS_ONLINE": { "meetingsOnline": 12, "meetings": 20 }, ... }</c>. An indicator left out is "no data" for
/// that unit (never zero); an indicator given must carry both its figures and pass <see cref="KpiIndicators.Invalid"/>.
/// </summary>
public static class KpiReportFigures
{
    /// <summary>Checks every indicator of the body and returns the figures; refuses the whole body naming the first bad indicator.</summary>
    public static IReadOnlyDictionary<string, KpiFigures> Parse(IReadOnlyDictionary<string, Dictionary<string, long>>? body)
    {
        var result = new Dictionary<string, KpiFigures>(StringComparer.Ordinal);
        foreach (var (code, figures) in body ?? new Dictionary<string, Dictionary<string, long>>())
        {
            var indicator = KpiIndicators.Find(code) ?? throw new BusinessException(MonitoringErrorCodes.IndicatorUnknown, code);
            long Figure(string name)
                => figures?.FirstOrDefault(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } f
                    ? f.Value
                    : throw new BusinessException(MonitoringErrorCodes.FigureMissing, indicator.Code, name);
            var parsed = new KpiFigures(Figure(indicator.NumeratorFigure), Figure(indicator.DenominatorFigure));
            switch (KpiIndicators.Invalid(indicator, parsed))
            {
                case null: break;
                case "negative": throw new BusinessException(MonitoringErrorCodes.FiguresNegative, indicator.Code);
                default: throw new BusinessException(MonitoringErrorCodes.FiguresPartGreaterThanWhole, indicator.Code, indicator.NumeratorFigure, indicator.DenominatorFigure);
            }
            result[indicator.Code] = parsed;
        }
        return result;
    }

    /// <summary>The stored and API form: indicator code → figure name → value.</summary>
    public static Dictionary<string, Dictionary<string, long>> ToBody(IReadOnlyDictionary<string, KpiFigures> figures)
        => KpiIndicators.All.Where(i => figures.ContainsKey(i.Code)).ToDictionary(i => i.Code, i => new Dictionary<string, long>
        {
            [i.NumeratorFigure] = figures[i.Code].Numerator,
            [i.DenominatorFigure] = figures[i.Code].Denominator,
        });

    public static string ToJson(IReadOnlyDictionary<string, KpiFigures> figures) => JsonSerializer.Serialize(ToBody(figures));

    public static IReadOnlyDictionary<string, KpiFigures> FromJson(string json)
        => Parse(JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, long>>>(json));
}
