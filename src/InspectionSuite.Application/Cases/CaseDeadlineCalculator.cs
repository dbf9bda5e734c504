using InspectionSuite.Workflows.Definitions;
using InspectionSuite.Workflows.Timers;

namespace InspectionSuite.Cases;

/// <summary>
/// Due dates of a case from the time limits of its workflow definition (never constants in code): on-site end =
/// start + on-site duration + extension days + suspended days, where the start is the announcement (công bố) when the
/// definition declares the <see cref="CaseWorkflows.InspectionPeriodLimit"/> (thanh-tra v2, Luật Thanh tra 84/2025/QH15) and
/// the on-site start otherwise; results report = on-site end + report duration; draft conclusion = results report +
/// draft limit; conclusion = draft date + conclusion duration; announcement = decision date + announcement limit.
/// Working-day limits skip weekends and configured holidays.
/// </summary>
public sealed class CaseDeadlineCalculator(WorkflowDefinitionService definitions, WorkingCalendar calendar)
{
    public sealed record Limits(DurationModel? OnSite, DurationModel? ResultsReport, DurationModel? Conclusion)
    {
        /// <summary>The period counts from the announcement (the definition declares the inspection period limit).</summary>
        public bool FromAnnouncement { get; init; }
        public LimitModel? Announcement { get; init; }
        public LimitModel? DraftConclusion { get; init; }
        public InspectionCase.ExtensionLimit? Extension { get; init; }
        /// <summary>Văn bản kiến nghị (Điều 52), counted from the conclusion; the direction (Điều 53), from the letter.</summary>
        public LimitModel? RecommendationLetter { get; init; }
        public LimitModel? Direction { get; init; }
    }

    public async Task<Limits> GetLimitsAsync(string definitionId, int version, CancellationToken ct)
        => LimitsOf(await definitions.GetPublishedAsync(definitionId, version, ct));

    public static Limits LimitsOf(CompiledDefinition def)
    {
        DurationModel? Find(string name) => def.Model.States.SelectMany(s => s.Deadlines).FirstOrDefault(d => d.Name == name)?.Duration;
        var extension = def.Limit(CaseWorkflows.ExtensionLimit);
        return new Limits(Find(CaseWorkflows.OnSiteDeadline), Find(CaseWorkflows.ResultsReportDeadline), Find(CaseWorkflows.ConclusionDeadline))
        {
            FromAnnouncement = def.Limit(CaseWorkflows.InspectionPeriodLimit) is not null,
            Announcement = def.Limit(CaseWorkflows.AnnouncementLimit),
            DraftConclusion = def.Limit(CaseWorkflows.DraftConclusionLimit),
            Extension = extension is null ? null : new InspectionCase.ExtensionLimit(extension.Days, extension.Times ?? 1, extension.Article),
            RecommendationLetter = def.Limit(CaseWorkflows.RecommendationLetterLimit),
            Direction = def.Limit(CaseWorkflows.DirectionLimit),
        };
    }

    public CaseDeadlinesDto Compute(InspectionCase c, Limits limits, DateOnly today)
    {
        var onSite = limits.OnSite;
        var working = onSite?.IsWorking == true;
        var extension = c.Extensions.Sum(e => e.Days);
        // An open suspension (no continuation yet) counts up to today: the due date moves with every suspended day.
        var suspended = c.Suspensions.Sum(s => s.LastDayOn(today) is not { } last ? 0 : working ? CountWorkingDays(s.From, last) : s.CalendarDaysOn(today));
        var periodStart = limits.FromAnnouncement ? c.AnnouncedOn : c.OnSiteStart;
        DateOnly? onSiteDue = onSite is not null && periodStart is { } start ? Add(start, onSite.Days + extension + suspended, working) : null;
        DateOnly? reportDue = limits.ResultsReport is { } r && c.OnSiteEnd is { } end ? Add(end, r.Days, r.IsWorking) : null;
        DateOnly? conclusionDue = limits.Conclusion is { } k && c.DraftConclusion.Date is { } draft ? Add(draft, k.Days, k.IsWorking) : null;
        DateOnly? announcementDue = limits.Announcement is { } a && c.Decision.Date is { } decided ? Add(decided, a.Days, a.IsWorking) : null;
        DateOnly? draftDue = limits.DraftConclusion is { } dl && c.ResultsReport.Date is { } reported ? Add(reported, dl.Days, dl.IsWorking) : null;

        DateOnly? letterDue = limits.RecommendationLetter is { } rlim && c.Conclusion.Date is { } concluded && c.IsConclusionPublished ? Add(concluded, rlim.Days, rlim.IsWorking) : null;
        DateOnly? directionDue = limits.Direction is { } dlim && c.RecommendationLetterDate is { } lettered ? Add(lettered, dlim.Days, dlim.IsWorking) : null;

        var rank = CaseStates.Rank(c.State);
        var onSiteOverdue = onSiteDue is { } od && (c.OnSiteEnd is { } e2 ? e2 > od : c.State == CaseStates.OnSite && today > od);
        var reportOverdue = reportDue is { } rd && (c.ResultsReport.Date is { } rr ? rr > rd : rank <= CaseStates.Rank(CaseStates.Reporting) && today > rd);
        var conclusionOverdue = conclusionDue is { } cd && (c.Conclusion.Date is { } cc ? cc > cd : rank <= CaseStates.Rank(CaseStates.Concluding) && today > cd);
        return new CaseDeadlinesDto(onSiteDue, onSiteOverdue, reportDue, reportOverdue, conclusionDue, conclusionOverdue,
            onSite?.Days ?? 0, onSite?.Kind ?? "calendar", extension, suspended)
        {
            AnnouncementDue = announcementDue,
            AnnouncementOverdue = announcementDue is { } ad && (c.AnnouncedOn is { } on ? on > ad : c.State == CaseStates.Decided && today > ad),
            DraftConclusionDue = draftDue,
            DraftConclusionOverdue = draftDue is { } dd && (c.DraftConclusion.Date is { } dc ? dc > dd : rank <= CaseStates.Rank(CaseStates.Concluding) && today > dd),
            RecommendationLetterDue = letterDue,
            RecommendationLetterOverdue = letterDue is { } ld && (c.RecommendationLetterDate is { } rl ? rl > ld : !c.IsFinal && today > ld),
            DirectionDue = directionDue,
            DirectionOverdue = directionDue is { } dr && (c.DirectionDate is { } di ? di > dr : !c.IsFinal && today > dr),
        };
    }

    /// <summary>
    /// The day a limit of <paramref name="days"/> counted from <paramref name="start"/> ends (the last day still in time):
    /// calendar days add; working days skip weekends and holidays (the start day itself is not counted). The runtime's
    /// tasks count the same way (<see cref="WorkingCalendar.LastDay"/>) and are due at the end of that day.
    /// </summary>
    public DateOnly Add(DateOnly start, int days, bool working) => calendar.LastDay(start, days, working);

    private int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var n = 0;
        for (var d = from; d <= to; d = d.AddDays(1)) if (calendar.IsWorkingDay(d)) n++;
        return n;
    }
}
