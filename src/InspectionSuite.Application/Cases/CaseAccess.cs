using InspectionSuite.Identity;
using InspectionSuite.Permissions;
using InspectionSuite.Workflows;
using InspectionSuite.Workflows.Contracts;

namespace InspectionSuite.Cases;

/// <summary>
/// Who may see which case: holders of Cases.ViewAll see every case; a unit representative (AppUser.UnitId) sees the
/// cases on their unit; anyone else (inspectors) sees the cases whose team includes them or whose re-check they were assigned to. An invisible case is
/// answered as "not found", so ids of other units' cases reveal nothing.
/// </summary>
public sealed class CaseAccess(ICurrentUser currentUser, IPermissionChecker permissions, IRepository<InspectionCase> cases, IRepository<TeamMember> teamMembers,
    IRepository<ReCheck> reChecks, IRepository<ReCheckInspector> reCheckInspectors, IRepository<AppUser> users, TimeProvider time, WorkflowRuntimeOptions workflowOptions)
{
    private (bool Loaded, Guid? UnitId) _unit;
    // Cases this scope has already loaded (checked visible): one request often reads the same case through several
    // services (the case page: case, documents, triggers, history, checklist, evidence, findings), and the aggregate
    // with its parts is a dozen queries. The instance is the tracked one, so changes made in this scope are in it.
    private readonly Dictionary<Guid, InspectionCase> _loaded = [];

    public Guid? UserId => currentUser.Id;

    /// <summary>Today on the Vietnamese calendar (the runtime's calendar offset).</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime + workflowOptions.CalendarUtcOffset);
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public async Task<Guid?> GetUnitIdAsync(CancellationToken ct)
    {
        if (_unit.Loaded) return _unit.UnitId;
        Guid? unitId = null;
        if (currentUser.Id is { } id)
            unitId = await users.FirstOrDefaultAsync(users.Query().Where(u => u.Id == id).Select(u => u.UnitId), ct);
        _unit = (true, unitId);
        return unitId;
    }

    public async Task<IQueryable<InspectionCase>> VisibleAsync(CancellationToken ct)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Cases.Default, ct);
        var query = cases.Query();
        if (await permissions.IsGrantedAsync(InspectionSuitePermissions.Cases.ViewAll, ct)) return query;
        if (await GetUnitIdAsync(ct) is { } unitId) return query.Where(c => c.UnitId == unitId);
        var userId = currentUser.Id ?? Guid.Empty;
        // "Id IN (the user's team memberships)" lets the database start from the member index; the equivalent
        // c.Team.Any(...) is a correlated EXISTS that SQLite evaluates for every case. Inspectors assigned to a
        // re-check of the implementation work on the case without being on its team.
        var mine = teamMembers.Query().Where(m => m.UserId == userId).Select(m => m.CaseId);
        var reChecked = reCheckInspectors.Query().Where(i => i.UserId == userId)
            .Join(reChecks.Query(), i => i.ReCheckId, r => r.Id, (_, r) => r.CaseId);
        return query.Where(c => mine.Contains(c.Id) || reChecked.Contains(c.Id));
    }

    /// <summary>Loads a case (with its parts) the caller may see, after checking <paramref name="permission"/>; 404 otherwise.</summary>
    public async Task<InspectionCase> GetAsync(Guid id, string permission, CancellationToken ct)
    {
        await permissions.CheckAsync(permission, ct);
        if (_loaded.TryGetValue(id, out var known)) return known;
        var visible = await VisibleAsync(ct);
        var @case = await cases.FirstOrDefaultAsync(visible.Where(c => c.Id == id), ct) ?? throw new EntityNotFoundException(nameof(InspectionCase), id);
        _loaded[id] = @case;
        return @case;
    }

    /// <summary>Loads a visible case and declares the stamp the caller read (409 at save when someone saved in between).</summary>
    public async Task<InspectionCase> GetForUpdateAsync(Guid id, string permission, string? concurrencyStamp, CancellationToken ct)
    {
        var @case = await GetAsync(id, permission, ct);
        cases.ExpectConcurrencyStamp(@case, concurrencyStamp);
        return @case;
    }

    public async Task<WorkflowActor> ActorAsync(CancellationToken ct)
    {
        var granted = await permissions.GetGrantedAsync(ct);
        return new WorkflowActor(currentUser.Id?.ToString() ?? currentUser.UserName ?? "anonymous", currentUser.UserName ?? "", currentUser.Roles, granted.ToArray());
    }
}
