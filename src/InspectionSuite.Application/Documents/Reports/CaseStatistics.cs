using System.Text.RegularExpressions;

namespace InspectionSuite.Documents;

/// <summary>
/// The counting rules shared by the exports and the periodic report (one definition, so a register and a report
/// never disagree). All work on loaded cases (with their parts) and units.
/// </summary>
public static partial class CaseStatistics
{
    /// <summary>Done = concluded (conclusion / results notice signed) within the period and not cancelled.</summary>
    public static bool IsDone(InspectionCase c, DateOnly from, DateOnly to)
        => c.ConclusionIssued && c.Conclusion.Date is { } d && d >= from && d <= to;

    /// <summary>Date a case counts in for "planned": its decision date, else the day it was registered.</summary>
    public static DateOnly PlannedOn(InspectionCase c) => c.Decision.Date ?? DateOnly.FromDateTime(c.CreationTime);

    /// <summary>Planned = linked to an annual plan item or still in state Planned, dated within the period.</summary>
    public static bool IsPlanned(InspectionCase c, DateOnly from, DateOnly to)
        => (c.PlanItemId is not null || c.State == CaseStates.Planned) && PlannedOn(c) >= from && PlannedOn(c) <= to;

    public static bool IsValidDuring(Unit u, DateOnly from, DateOnly to)
        => (u.ValidFrom is null || u.ValidFrom <= to) && (u.ValidTo is null || u.ValidTo >= from);

    public static string StratumName(Stratum s) => s == Stratum.Department ? "Sở, ban, ngành" : "Xã, phường, đặc khu";

    /// <summary>Per stratum: units valid during the period and how many of them have a case done in the period.</summary>
    public static IReadOnlyList<StratumCoverage> Coverage(IEnumerable<Unit> units, IEnumerable<InspectionCase> cases, DateOnly from, DateOnly to)
    {
        var valid = units.Where(u => IsValidDuring(u, from, to)).ToList();
        var checkedIds = cases.Where(c => IsDone(c, from, to)).Select(c => c.UnitId).ToHashSet();
        return Enum.GetValues<Stratum>()
            .Select(s => new StratumCoverage(StratumName(s), valid.Count(u => u.Stratum == s), valid.Count(u => u.Stratum == s && checkedIds.Contains(u.Id))))
            .ToList();
    }

    /// <summary>The first number in a measured value ("42% trực tuyến" → 42, "12,5 %" → 12.5), or null.</summary>
    public static decimal? ParseMeasured(string? measured)
    {
        if (string.IsNullOrWhiteSpace(measured)) return null;
        var m = NumberPattern().Match(measured);
        return m.Success && decimal.TryParse(m.Value.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    [GeneratedRegex(@"-?\d+(?:[.,]\d+)?")]
    private static partial Regex NumberPattern();

    public const string MeetingsReduced = "KH534-01", OnlineMeetings = "KH534-02", DigitalProcedures = "KH534-03", DocumentsReduced = "KH534-04",
        PlanIssuedOnTime = "KH534-06", ReportsOnTime = "KH534-07";

    /// <summary>
    /// The seed criteria over the units with a case done in the period (a unit's latest such case counts): percentages are
    /// the mean of the measured values recorded (rounded to 0.1); the on-time criteria count units where the item is Met.
    /// </summary>
    public static KpiAggregates Kpis(IEnumerable<InspectionCase> cases, DateOnly from, DateOnly to)
    {
        var latest = cases.Where(c => IsDone(c, from, to))
            .GroupBy(c => c.UnitId)
            .Select(g => g.OrderByDescending(c => c.Conclusion.Date).ThenByDescending(c => c.CreationTime).First())
            .ToList();
        decimal Mean(string code)
        {
            var values = latest.Select(c => c.Checklist.FirstOrDefault(i => string.Equals(i.CriterionCode, code, StringComparison.OrdinalIgnoreCase)))
                .Where(i => i is not null && i.Result != CheckResult.NotApplicable)
                .Select(i => ParseMeasured(i!.MeasuredValue)).Where(v => v is not null).Select(v => v!.Value).ToList();
            return values.Count == 0 ? 0 : Math.Round(values.Average(), 1, MidpointRounding.AwayFromZero);
        }
        int Met(string code) => latest.Count(c => c.Checklist.Any(i => string.Equals(i.CriterionCode, code, StringComparison.OrdinalIgnoreCase) && i.Result == CheckResult.Met));
        return new KpiAggregates(latest.Count, Mean(MeetingsReduced), Mean(OnlineMeetings), Mean(DigitalProcedures), Mean(DocumentsReduced),
            Met(PlanIssuedOnTime), Met(ReportsOnTime));
    }

    public static string SeverityType(FindingSeverity s) => "Vi phạm mức độ " + InspectionSuite.Documents.CaseDocumentFields.SeverityName(s);
}
