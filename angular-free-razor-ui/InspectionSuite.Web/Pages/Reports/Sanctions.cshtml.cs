using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace InspectionSuite.Web.Pages.Reports;

/// <summary>Leadership's sanction outcomes: every figure links to the case list filtered to the cases behind it.</summary>
[Authorize(InspectionSuitePermissions.Reports.Sanctions)]
public sealed class SanctionsModel(IOversightAppService oversight, InspectionSuiteLocalizer l, TimeProvider time) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public AuthorityCode? Authority { get; set; }

    public SanctionDashboardDto Data { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var year = Year is >= 2000 and <= 2100 ? Year.Value : VietnamTime.Today(time).Year;
        Year = year;
        Data = await oversight.GetSanctionDashboardAsync(new GetSanctionDashboardInput(year, Authority), ct);
    }

    public static string Money(decimal amount) => amount.ToString("N0", CultureInfo.CurrentCulture);
    public static string Percent(double rate) => rate.ToString("P0", CultureInfo.CurrentCulture);

    /// <summary>/Cases filtered to the cases concluded in the selected year (or quarter) and authority, plus the figure's own filter.</summary>
    public string CasesUrl(int? quarter = null, SanctionType? sanctionType = null, SanctionStatus? sanctionStatus = null, Guid? unit = null,
        AuthorityCode? authority = null, Stratum? stratum = null)
    {
        var from = quarter is { } q ? new DateOnly(Data.Year, (q - 1) * 3 + 1, 1) : new DateOnly(Data.Year, 1, 1);
        var to = quarter is { } q2 ? from.AddMonths(3).AddDays(-1) : new DateOnly(Data.Year, 12, 31);
        var query = new Dictionary<string, string?>
        {
            ["concludedFrom"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["concludedTo"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if ((authority ?? Data.Authority) is { } a) query["authority"] = a.ToString();
        if (sanctionType is { } t) query["sanctionType"] = t.ToString();
        if (sanctionStatus is { } s) query["sanctionStatus"] = s.ToString();
        if (unit is { } u) query["unit"] = u.ToString();
        if (stratum is { } st) query["stratum"] = st.ToString();
        return QueryHelpers.AddQueryString("/Cases", query);
    }

    /// <summary>Chart.js configurations, read by wwwroot/js/dashboard.js from data-chart (no inline script under the CSP).</summary>
    public string TypeChart() => Serialize("bar", Data.ByType.Select(t => l["Ov.SanctionType." + t.Type]),
        (l["Ov.Dash.Decided"], Data.ByType.Select(t => (double)t.AmountDecidedVnd)), (l["Ov.Dash.Recovered"], Data.ByType.Select(t => (double)t.AmountRecoveredVnd)));

    public string QuarterChart() => Serialize("line", Data.ByQuarter.Select(q => l["Ov.Dash.QuarterN", q.Quarter]),
        (l["Ov.Dash.Sanctions"], Data.ByQuarter.Select(q => (double)q.Sanctions)), (l["Ov.Dash.CasesConcluded"], Data.ByQuarter.Select(q => (double)q.Cases)));

    public string AuthorityChart() => Serialize("bar", Data.ByAuthority.Select(a => l["Ov.Authority." + a.Authority]),
        (l["Ov.Dash.Decided"], Data.ByAuthority.Select(a => (double)a.AmountDecidedVnd)), (l["Ov.Dash.Recovered"], Data.ByAuthority.Select(a => (double)a.AmountRecoveredVnd)));

    public string ImplementationChart() => Serialize("doughnut",
        [l["Ov.SanctionStatus.Done"], l["Ov.SanctionStatus.Reported"], l["Ov.SanctionStatus.InProgress"], l["Ov.SanctionStatus.Issued"], l["Ov.SanctionStatus.CarriedOver"]],
        (l["Ov.Dash.Implementation"], new double[] { Data.Implementation.Done, Data.Implementation.Reported, Data.Implementation.InProgress, Data.Implementation.Issued, Data.Implementation.CarriedOver }));

    private static string Serialize(string type, IEnumerable<string> labels, params (string Label, IEnumerable<double> Data)[] sets)
        => JsonSerializer.Serialize(new { type, labels, datasets = sets.Select(s => new { label = s.Label, data = s.Data }) }, Json);
}
