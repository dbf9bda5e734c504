using System.Globalization;
using System.Text.Json;
using InspectionSuite.Notifications;
using InspectionSuite.Workflows.Persistence;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Turns what a save changes into notifications, in the same save (so in the command's transaction: a notification
/// exists exactly when its event was committed), and queues the e-mail copy of every new notification in the outbox
/// (<see cref="EmailOutboxMessage"/>) for recipients with an address who chose e-mail. Nothing here talks to SMTP: the
/// background sender does, after the commit, so a command never fails because the mail server is down.
/// </summary>
/// <remarks>
/// Events read from the change tracker, whichever service or workflow action made them:
/// a user added to a case's team; the decision number recorded; a workflow task created for a named user (a task for a
/// whole role stays in the role's inbox: approving a plan would otherwise notify every supervisor of 46 tasks); the
/// unit's answer to a document request; the unit's implementation report; the team returning the unit's answer.
/// The person who did it is not notified of their own act. Runs after entity audit: notifications are bookkeeping, not
/// audited changes.
/// </remarks>
internal sealed class NotificationInterceptor : SaveConcernInterceptor
{
    public static readonly NotificationInterceptor Instance = new();

    protected override async ValueTask BeforeFirstAttemptAsync(InspectionSuiteDbContext db, SaveOperation save, CancellationToken ct)
    {
        var events = CaseEvents(db, save.Now);
        var actor = db.CurrentUser.Id;
        foreach (var e in events)
        {
            var info = await CaseInfoAsync(db, e.CaseId, ct);
            if (info is null) continue;
            var recipients = new HashSet<Guid>(e.Users);
            if (e.ToTeam) recipients.UnionWith(await TeamOfAsync(db, e.CaseId, ct));
            if (e.ToUnit) recipients.UnionWith(await db.Users.AsNoTracking().Where(u => u.UnitId == info.UnitId).Select(u => u.Id).ToListAsync(ct));
            if (actor is { } me) recipients.Remove(me);
            recipients.Remove(Guid.Empty);
            if (recipients.Count == 0) continue;
            var already = await db.Set<Notification>().AsNoTracking().Where(n => n.SourceKey == e.SourceKey).Select(n => n.RecipientUserId).ToListAsync(ct);
            recipients.ExceptWith(already);
            // A SaveChanges called again after a failed one still holds the notifications that one added (changes stay
            // tracked until a save succeeds): adding them again would break the unique (source, recipient) key.
            recipients.ExceptWith(db.ChangeTracker.Entries<Notification>()
                .Where(n => n.State == EntityState.Added && n.Entity.SourceKey == e.SourceKey).Select(n => n.Entity.RecipientUserId));
            var args = JsonSerializer.Serialize(new[] { info.Code, info.Subject }.Concat(e.Args).ToArray());
            foreach (var userId in recipients.Order())
                db.Add(new Notification(Guid.NewGuid(), userId, e.Kind, $"Notification.{e.Kind}.Title", $"Notification.{e.Kind}.Message", args,
                    $"/Cases/Detail/{e.CaseId}", e.CaseId, e.SourceKey, save.Now));
        }
        await QueueEmailsAsync(db, save.Now, ct);
    }

    /// <summary>One outbox row per new notification whose recipient has an e-mail address and chose e-mail.</summary>
    private static async Task QueueEmailsAsync(InspectionSuiteDbContext db, DateTime now, CancellationToken ct)
    {
        var added = db.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (added.Count == 0) return;
        var queued = db.ChangeTracker.Entries<EmailOutboxMessage>().Select(e => e.Entity.NotificationId).ToHashSet();
        var userIds = added.Select(n => n.RecipientUserId).Distinct().ToList();
        var wanting = (await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.EmailNotifications && u.Email != null && u.Email != "")
            .Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        foreach (var n in added.Where(n => wanting.Contains(n.RecipientUserId) && !queued.Contains(n.Id)))
            db.Add(new EmailOutboxMessage(Guid.NewGuid(), n.Id, now));
    }

    private sealed record CaseEvent(string Kind, Guid CaseId, string SourceKey, IReadOnlyList<Guid> Users, bool ToTeam, bool ToUnit, string[] Args);

    private sealed record CaseInfo(string Code, string Subject, Guid UnitId);

    private static List<CaseEvent> CaseEvents(InspectionSuiteDbContext db, DateTime now)
    {
        var events = new List<CaseEvent>();
        var stamp = now.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

        // Team: the users added to a case's team (a reassignment deletes and re-adds rows; who stays is not told again).
        var teamRows = db.ChangeTracker.Entries<TeamMember>().Where(e => e.State is EntityState.Added or EntityState.Deleted).ToList();
        foreach (var byCase in teamRows.GroupBy(e => e.Entity.CaseId))
        {
            var removed = byCase.Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.UserId).ToHashSet();
            var added = byCase.Where(e => e.State == EntityState.Added).Select(e => e.Entity.UserId).Where(u => !removed.Contains(u)).ToList();
            if (added.Count > 0) events.Add(new(NotificationKinds.TeamAssigned, byCase.Key, $"team:{byCase.Key:N}:{stamp}", added, false, false, []));
        }

        // Decision: a decision number recorded or changed (the decision is a complex property of the case's entry).
        foreach (var e in db.ChangeTracker.Entries<InspectionCase>())
        {
            var number = e.Entity.Decision.Number;
            if (string.IsNullOrEmpty(number) || e.State is not (EntityState.Added or EntityState.Modified)) continue;
            if (e.State == EntityState.Modified && Equals(e.ComplexProperty(c => c.Decision).Property(d => d.Number).OriginalValue, number)) continue;
            var date = e.Entity.Decision.Date is { } d ? VietnamTime.DateText(d) : "";
            events.Add(new(NotificationKinds.DecisionIssued, e.Entity.Id, $"decision:{e.Entity.Id:N}:{number}", [], true, true, [number, date]));
        }

        // Tasks for a named user.
        foreach (var e in db.ChangeTracker.Entries<WorkflowHumanTask>().Where(e => e.State == EntityState.Added))
        {
            var t = e.Entity;
            if (t.Status != HumanTaskStatus.Open || !Guid.TryParse(t.AssigneeUserId, out var userId) || !Guid.TryParse(t.CorrelationId, out var caseId)) continue;
            events.Add(new(NotificationKinds.TaskAssigned, caseId, $"task:{t.Id:N}", [userId], false, false, [t.Name, VietnamTime.DateText(t.DueAtUtc)]));
        }

        // The unit answered a document request.
        foreach (var e in db.ChangeTracker.Entries<DocumentRequestAnswer>().Where(e => e.State == EntityState.Added))
        {
            var request = RequestOf(db, e.Entity.DocumentRequestId);
            if (request is null) continue;
            events.Add(new(NotificationKinds.UnitAnswered, request.CaseId, $"answer:{e.Entity.Id:N}", request.RequestedBy is { } by ? [by] : [], true, false, [request.Title]));
        }

        // The team returned the unit's answer.
        foreach (var e in db.ChangeTracker.Entries<DocumentRequest>().Where(e => e.State == EntityState.Modified))
        {
            if (e.Entity.Status != DocumentRequestStatus.Returned || Equals(e.Property(r => r.Status).OriginalValue, DocumentRequestStatus.Returned)) continue;
            events.Add(new(NotificationKinds.ReportReturned, e.Entity.CaseId, $"returned:{e.Entity.Id:N}:{e.Entity.Answers.Count}", [], false, true,
                [e.Entity.Title, e.Entity.ReturnReason ?? ""]));
        }

        // The unit reported implementing a sanction or recommendation.
        foreach (var e in db.ChangeTracker.Entries<ImplementationReport>().Where(e => e.State == EntityState.Added))
            events.Add(new(NotificationKinds.UnitReported, e.Entity.CaseId, $"report:{e.Entity.Id:N}", [], true, false,
                [VietnamTime.DateText(e.Entity.ReportedOn)]));

        return events;
    }

    private static DocumentRequest? RequestOf(InspectionSuiteDbContext db, Guid requestId)
        => db.ChangeTracker.Entries<DocumentRequest>().Select(e => e.Entity).FirstOrDefault(r => r.Id == requestId)
           ?? db.Set<DocumentRequest>().AsNoTracking().FirstOrDefault(r => r.Id == requestId);

    private static async Task<CaseInfo?> CaseInfoAsync(InspectionSuiteDbContext db, Guid caseId, CancellationToken ct)
    {
        if (db.ChangeTracker.Entries<InspectionCase>().Select(e => e.Entity).FirstOrDefault(c => c.Id == caseId) is { } tracked)
            return new CaseInfo(tracked.Code, tracked.Subject, tracked.UnitId);
        return await db.Set<InspectionCase>().IncludingDeleted().AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new CaseInfo(c.Code, c.Subject, c.UnitId)).FirstOrDefaultAsync(ct);
    }

    /// <summary>The team as it will be after this save: stored rows, minus those deleted, plus those added.</summary>
    private static async Task<IReadOnlyCollection<Guid>> TeamOfAsync(InspectionSuiteDbContext db, Guid caseId, CancellationToken ct)
    {
        var entries = db.ChangeTracker.Entries<TeamMember>().Where(e => e.Entity.CaseId == caseId).ToList();
        var deleted = entries.Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id).ToHashSet();
        var team = (await db.Set<TeamMember>().AsNoTracking().Where(t => t.CaseId == caseId).Select(t => new { t.Id, t.UserId }).ToListAsync(ct))
            .Where(t => !deleted.Contains(t.Id)).Select(t => t.UserId).ToHashSet();
        team.UnionWith(entries.Where(e => e.State == EntityState.Added).Select(e => e.Entity.UserId));
        return team;
    }
}
