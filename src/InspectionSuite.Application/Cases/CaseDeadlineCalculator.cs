using InspectionSuite.Workflows.Definitions;
using InspectionSuite.Workflows.Services;
using InspectionSuite.Workflows.Timers;

namespace InspectionSuite.Cases;

/// <summary>
/// Due dates of a case from the time limits of its workflow definition (never constants in code): on-site end =
/// start + on-site duration + extension days + suspended days; results report = on-site end + report duration;
/// conclusion = draft date + conclusion duration. Working-day limits skip weekends and configured holidays.
/// </summary>
public sealed class CaseDeadlineCalculator(WorkflowDefinitionService definitions, WorkingCalendar calendar)
{
    public sealed record Limits(DurationModel? OnSite, DurationModel? ResultsReport, DurationModel? Conclusion);

    public async Task<Limits> GetLimitsAsync(string definitionId, int version, CancellationToken ct)
    {
        var def = await definitions.GetPublishedAsync(definitionId, version, ct);
        DurationModel? Find(string name) => def.Model.States.SelectMany(s => s.Deadlines).FirstOrDefault(d => d.Name == name)?.Duration;
        return new Limits(Find(CaseWorkflows.OnSiteDeadline), Find(CaseWorkflows.ResultsReportDeadline), Find(CaseWorkflows.ConclusionDeadline));
    }

    public CaseDeadlinesDto Compute(InspectionCase c, Limits limits, DateOnly today)
    {
        var onSite = limits.OnSite;
        var working = onSite?.IsWorking == true;
        var extension = c.Extensions.Sum(e => e.Days);
        var suspended = c.Suspensions.Sum(s => working ? CountWorkingDays(s.From, s.To) : s.CalendarDays);
        DateOnly? onSiteDue = onSite is not null && c.OnSiteStart is { } start ? Add(start, onSite.Days + extension + suspended, working) : null;
        DateOnly? reportDue = limits.ResultsReport is { } r && c.OnSiteEnd is { } end ? Add(end, r.Days, r.IsWorking) : null;
        DateOnly? conclusionDue = limits.Conclusion is { } k && c.DraftConclusionDate is { } draft ? Add(draft, k.Days, k.IsWorking) : null;

        var rank = CaseStates.Rank(c.State);
        var onSiteOverdue = onSiteDue is { } od && (c.OnSiteEnd is { } e2 ? e2 > od : c.State == CaseStates.OnSite && today > od);
        var reportOverdue = reportDue is { } rd && (c.ResultsReportDate is { } rr ? rr > rd : rank <= CaseStates.Rank(CaseStates.Reporting) && today > rd);
        var conclusionOverdue = conclusionDue is { } cd && (c.ConclusionDate is { } cc ? cc > cd : rank <= CaseStates.Rank(CaseStates.Concluding) && today > cd);
        return new CaseDeadlinesDto(onSiteDue, onSiteOverdue, reportDue, reportOverdue, conclusionDue, conclusionOverdue,
            onSite?.Days ?? 0, onSite?.Kind ?? "calendar", extension, suspended);
    }

    public DateOnly Add(DateOnly start, int days, bool working)
    {
        if (!working) return start.AddDays(days);
        var d = start;
        for (var counted = 0; counted < days;)
        {
            d = d.AddDays(1);
            if (calendar.IsWorkingDay(d)) counted++;
        }
        return d;
    }

    private int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var n = 0;
        for (var d = from; d <= to; d = d.AddDays(1)) if (calendar.IsWorkingDay(d)) n++;
        return n;
    }
}
