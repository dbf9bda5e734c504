using InspectionSuite.Notifications;

namespace InspectionSuite.Monitoring;

/// <summary>
/// Reminds the representatives of units that have not yet submitted their plan or periodic report, on each of
/// <see cref="MonitoringOptions.ReminderDaysBefore"/> days before the due date, as in-app notifications (the "daily"
/// work adds e-mail to notifications; this writes only the notification rows). Idempotent: the source key names the
/// deadline, the day count and the unit, and (source, recipient) is unique, so a second run or host adds nothing.
/// </summary>
public sealed class MonitoringReminders(
    IRepository<Unit> units,
    IRepository<AppUser> users,
    IRepository<UnitImplementationPlan> plans,
    IRepository<UnitKpiReport> reports,
    IRepository<Notification> notifications,
    IUnitOfWork uow,
    IOptions<MonitoringOptions> options,
    TimeProvider time)
{
    public const string Kind = "MonitoringReminder";

    /// <summary>Writes the reminders due today; returns how many notifications it added.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = VietnamTime.Today(time);
        var o = options.Value;
        var deadlines = new List<(string Key, string What, DateOnly Due, Func<Task<HashSet<Guid>>> Done)>
        {
            ($"plan:{o.PlanDueOn.Year}", $"plan:{o.PlanDueOn.Year}", o.PlanDueOn,
                async () => (await plans.ToListAsync(plans.Query().Where(p => p.Year == o.PlanDueOn.Year).Select(p => p.UnitId), ct)).ToHashSet()),
        };
        foreach (var period in MonitoringOptions.PeriodsOf(today.Year).Concat(MonitoringOptions.PeriodsOf(today.Year + 1)))
        {
            var text = period.ToString();
            deadlines.Add(($"report:{text}", $"report:{text}", o.DueOn(period),
                async () => (await reports.ToListAsync(reports.Query().Where(r => r.Period == text).Select(r => r.UnitId), ct)).ToHashSet()));
        }

        var added = 0;
        foreach (var (key, what, due, done) in deadlines)
        {
            var days = due.DayNumber - today.DayNumber;
            if (!o.ReminderDaysBefore.Contains(days)) continue;
            var submitted = await done();
            var owing = (await units.ToListAsync(units.Query(), ct)).Where(u => u.IsValidOn(due) && !submitted.Contains(u.Id)).ToDictionary(u => u.Id);
            if (owing.Count == 0) continue;
            var ids = owing.Keys.ToList();
            var reps = await users.ToListAsync(users.Query().Where(u => u.UnitId != null && ids.Contains(u.UnitId!.Value)).Select(u => new { u.Id, UnitId = u.UnitId!.Value }), ct);
            foreach (var rep in reps)
            {
                var source = $"monitoring:{key}:{days}:{rep.UnitId:N}";
                if (await notifications.AnyAsync(notifications.Query().Where(n => n.SourceKey == source && n.RecipientUserId == rep.Id), ct)) continue;
                var args = JsonSerializer.Serialize(new[] { what.StartsWith("plan", StringComparison.Ordinal) ? "" : what["report:".Length..], VietnamTime.DateText(due), owing[rep.UnitId].Name });
                var messageKey = what.StartsWith("plan", StringComparison.Ordinal) ? "Notification.MonitoringReminder.Plan" : "Notification.MonitoringReminder.Report";
                await notifications.InsertAsync(new Notification(Guid.NewGuid(), rep.Id, Kind, "Notification.MonitoringReminder.Title", messageKey, args,
                    "/Monitoring/MyUnit", null, source, time.GetUtcNow().UtcDateTime), ct);
                added++;
            }
        }
        if (added > 0) await uow.SaveChangesAsync(ct);
        return added;
    }
}
