using InspectionSuite.Auditing;

namespace InspectionSuite.Integrity;

/// <summary>
/// Cross-checks what the database says after crashes or concurrent hosts (`InspectionSuite.Cli verify`):
/// each workflow instance's state equals the last state its journal reached and the journal has no gaps
/// (an acknowledged transition cannot be missing); each case mirrors its instance's state; no timer that
/// fell due before <c>dueBefore</c> is still pending, and each fired timer was processed once by one host;
/// the case viewers (a read model) are exactly the teams and re-check inspectors of live cases; and the audit hash
/// chain is intact.
/// </summary>
public sealed class IntegrityVerifier(
    IRepository<WorkflowInstance> instances,
    IRepository<WorkflowJournalEntry> journal,
    IRepository<WorkflowBookmark> bookmarks,
    IRepository<InspectionCase> cases,
    IRepository<TeamMember> teamMembers,
    IRepository<ReCheck> reChecks,
    IRepository<ReCheckInspector> reCheckInspectors,
    IRepository<CaseViewer> viewers,
    AuditLogAppService audit)
{
    public async Task<IntegrityReport> VerifyAsync(DateTime dueBeforeUtc, CancellationToken ct = default)
    {
        var violations = new List<IntegrityViolation>();

        var states = await instances.ToListAsync(instances.Query().Select(i => new { i.Id, i.State, i.Status, i.Version }), ct);
        // Only the columns needed: the payload JSON is never loaded.
        var steps = await journal.ToListAsync(journal.Query()
            .Select(j => new { j.InstanceId, j.Sequence, j.ToState })
            .OrderBy(j => j.InstanceId).ThenBy(j => j.Sequence), ct);
        var stepsByInstance = steps.GroupBy(s => s.InstanceId).ToDictionary(g => g.Key, g => g.ToList());

        foreach (var instance in states)
        {
            if (!stepsByInstance.TryGetValue(instance.Id, out var entries) || entries.Count == 0)
            {
                violations.Add(new("journal", instance.Id.ToString(), "instance has no journal entry"));
                continue;
            }
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].Sequence != i + 1)
                {
                    violations.Add(new("journal", instance.Id.ToString(), $"journal sequence jumps from {(i == 0 ? 0 : entries[i - 1].Sequence)} to {entries[i].Sequence}"));
                    break;
                }
            }
            // Each version is journaled once (sequence = version): otherwise the next transition cannot be journaled.
            if (entries[^1].Sequence != instance.Version)
                violations.Add(new("journal", instance.Id.ToString(), $"instance is at version {instance.Version} but its journal ends at sequence {entries[^1].Sequence}"));
            var lastState = entries.LastOrDefault(e => e.ToState is not null)?.ToState;
            if (lastState != instance.State)
                violations.Add(new("state", instance.Id.ToString(), $"instance is in '{instance.State}' but its journal ends in '{lastState}'"));
        }
        foreach (var orphan in stepsByInstance.Keys.Except(states.Select(s => s.Id)))
            violations.Add(new("journal", orphan.ToString(), "journal entries for an instance that does not exist"));

        var caseStates = await cases.ToListAsync(cases.Query().Where(c => c.WorkflowInstanceId != null).Select(c => new { c.Id, c.State, c.WorkflowInstanceId }), ct);
        var instanceState = states.ToDictionary(s => s.Id, s => s.State);
        foreach (var c in caseStates)
        {
            if (!instanceState.TryGetValue(c.WorkflowInstanceId!.Value, out var state))
                violations.Add(new("case", c.Id.ToString(), "case points to a workflow instance that does not exist"));
            else if (state != c.State)
                violations.Add(new("case", c.Id.ToString(), $"case shows '{c.State}' but its workflow instance is in '{state}'"));
        }

        await CheckViewersAsync(violations, ct);

        var timers = await bookmarks.ToListAsync(bookmarks.Query().Select(b => new { b.Id, b.InstanceId, b.Name, b.DueAtUtc, b.Status, b.ProcessedBy, b.ProcessedAtUtc }), ct);
        var runningInstances = states.Where(s => s.Status == WorkflowInstanceStatus.Running).Select(s => s.Id).ToHashSet();
        foreach (var t in timers)
        {
            if (t.Status == BookmarkStatus.Pending && t.DueAtUtc < dueBeforeUtc && runningInstances.Contains(t.InstanceId))
                violations.Add(new("timer", t.Id.ToString(), $"timer '{t.Name}' fell due at {t.DueAtUtc:O} and has not fired"));
            if (t.Status == BookmarkStatus.Done && (t.ProcessedBy is null || t.ProcessedAtUtc is null))
                violations.Add(new("timer", t.Id.ToString(), $"timer '{t.Name}' is marked fired without the host and time that fired it"));
        }

        var chain = await audit.VerifyChainAsync(ct);
        if (!chain.IsIntact)
            violations.Add(new("audit", chain.BrokenAtSequence?.ToString() ?? "?", chain.Reason ?? "audit chain broken"));

        return new IntegrityReport(states.Count, steps.Count, timers.Count, chain.RecordsChecked, violations);
    }
    /// <summary>Who sees which case through a person (team, re-check) is stored as viewer rows; they must equal their sources.</summary>
    private async Task CheckViewersAsync(List<IntegrityViolation> violations, CancellationToken ct)
    {
        var live = (await cases.ToListAsync(cases.Query().Select(c => new { c.Id, c.WorkflowInstanceId }), ct)).ToDictionary(c => c.Id, c => c.WorkflowInstanceId);
        var people = await teamMembers.ToListAsync(teamMembers.Query().Select(m => new { m.UserId, m.CaseId }), ct);
        people.AddRange(await reCheckInspectors.ToListAsync(
            from i in reCheckInspectors.Query() join r in reChecks.Query() on i.ReCheckId equals r.Id select new { i.UserId, r.CaseId }, ct));
        var derived = people.Where(p => live.ContainsKey(p.CaseId)).Select(p => (p.UserId, p.CaseId, InstanceId: live[p.CaseId])).ToHashSet();
        var stored = (await viewers.ToListAsync(viewers.Query().Select(v => new { v.UserId, v.CaseId, v.InstanceId }), ct))
            .Select(v => (v.UserId, v.CaseId, v.InstanceId)).ToHashSet();
        foreach (var missing in derived.Except(stored))
            violations.Add(new("viewers", missing.CaseId.ToString(), $"user {missing.UserId} is on the case's team or re-check but has no viewer row (instance {missing.InstanceId})"));
        foreach (var extra in stored.Except(derived))
            violations.Add(new("viewers", extra.CaseId.ToString(), $"viewer row of user {extra.UserId} (instance {extra.InstanceId}) that no team or re-check of a live case gives"));
    }
}
