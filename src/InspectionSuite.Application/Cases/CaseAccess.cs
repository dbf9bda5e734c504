using System.Linq.Expressions;

namespace InspectionSuite.Cases;

/// <summary>
/// Who may see which case: holders of Cases.ViewAll see every case; a unit representative (AppUser.UnitId) sees the
/// cases on their unit from their announcement on, and only what is addressed to the unit (<see cref="UnitRepresentativeView"/>); anyone else (inspectors) sees the cases whose team includes them or whose re-check they were assigned to
/// (kept as <see cref="CaseViewer"/> rows). An invisible case is answered as "not found", so ids of other units' cases reveal nothing.
/// This class decides who sees what (<see cref="VisibilityAsync"/>); how to query it is <see cref="ICaseRepository"/>'s.
/// </summary>
public sealed class CaseAccess(ICurrentUser currentUser, IPermissionChecker permissions, ICaseRepository caseRepository, IRepository<InspectionCase> cases,
    IRepository<AppUser> users, TimeProvider time, WorkflowRuntimeOptions workflowOptions,
    IUnitOfWork uow)
{
    /// <summary>How often an addition is applied again after another save landed between its load and its save.</summary>
    public const int MaxAdditionAttempts = 5;

    private (bool Loaded, Guid? UnitId) _unit;
    // Cases this scope has already loaded (checked visible): a command reads its case in several steps (a limit from the
    // definition, then the change; a guard, then the reply), and the aggregate with its parts is up to a dozen queries
    // (one per non-empty part). The instance is the tracked one, so changes made in this scope are in it. The case page
    // reads its case once (CaseAppService.GetWorkspaceAsync) and does not need it.
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

    /// <summary>The cases the caller may see, for pages (ordered, limited) and lookups by id.</summary>
    public async Task<IQueryable<InspectionCase>> VisibleAsync(CancellationToken ct) => caseRepository.QueryVisible(await VisibilityAsync(ct));

    /// <summary>The same cases as <see cref="VisibleAsync"/>, for aggregates and exports over everything visible.</summary>
    public async Task<IQueryable<InspectionCase>> AllVisibleAsync(CancellationToken ct) => caseRepository.QueryAllVisible(await VisibilityAsync(ct));

    /// <summary>Which cases the caller may see (checks Cases.Default: 403 without it).</summary>
    public async Task<CaseVisibility> VisibilityAsync(CancellationToken ct)
    {
        if (await ViewerScopeAsync(ct) is { } userId) return CaseVisibility.ThroughViewerRows(userId);
        if (await permissions.IsGrantedAsync(InspectionSuitePermissions.Cases.ViewAll, ct)) return CaseVisibility.Everything;
        return CaseVisibility.Matching(UnitRepresentativeSees(await GetUnitIdAsync(ct)));
    }

    /// <summary>
    /// The cases a unit representative sees: those on their unit (<see cref="InspectionCase.IsVisibleToUnitOn"/>, the same
    /// rule). An inspection from the announcement (công bố) of its decision on — the announcement date is recorded and
    /// reached (issue 14); a check always, except an unannounced check (đột xuất, seed II.6.c) before the team arrives
    /// (issue 15). Before that the case does not exist for them (404), as any invisible case.
    /// </summary>
    private Expression<Func<InspectionCase, bool>> UnitRepresentativeSees(Guid? unitId)
    {
        var today = Today;
        return c => c.UnitId == unitId && (c.Kind == CaseKind.Inspection
            ? c.AnnouncedOn != null && c.AnnouncedOn <= today
            : !c.IsUnannounced || c.OnSiteStart != null);
    }

    /// <summary>
    /// The caller's id when they see cases only through <see cref="CaseViewer"/> rows (neither Cases.ViewAll nor a unit
    /// representative); null otherwise.
    /// </summary>
    public async Task<Guid?> ViewerScopeAsync(CancellationToken ct)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Cases.Default, ct);
        if (await permissions.IsGrantedAsync(InspectionSuitePermissions.Cases.ViewAll, ct)) return null;
        if (await GetUnitIdAsync(ct) is not null) return null;
        return currentUser.Id ?? Guid.Empty;
    }

    /// <summary>
    /// Whether the caller reads cases as the inspected unit's representative (a unit, no Cases.ViewAll): they see only what
    /// is addressed to the unit (<see cref="UnitRepresentativeView"/>).
    /// </summary>
    public async Task<bool> IsUnitRepresentativeAsync(CancellationToken ct)
        => !await permissions.IsGrantedAsync(InspectionSuitePermissions.Cases.ViewAll, ct) && await GetUnitIdAsync(ct) is not null;

    /// <summary>Loads a case (with its parts) the caller may see, after checking <paramref name="permission"/>; 404 otherwise.</summary>
    public async Task<InspectionCase> GetAsync(Guid id, string permission, CancellationToken ct)
    {
        await permissions.CheckAsync(permission, ct);
        if (_loaded.TryGetValue(id, out var known)) return known;
        var @case = await caseRepository.GetWithDetailsAsync(id, await VisibilityAsync(ct), ct) ?? throw new EntityNotFoundException(nameof(InspectionCase), id);
        _loaded[id] = @case;
        return @case;
    }

    /// <summary>
    /// Loads a visible case the caller may change and declares the stamp the caller read (409 at save when someone saved in
    /// between). A re-check inspector only reads the case (403, see <see cref="IsReCheckInspectorOnlyAsync"/>).
    /// </summary>
    public async Task<InspectionCase> GetForUpdateAsync(Guid id, string permission, string? concurrencyStamp, CancellationToken ct)
    {
        var @case = await GetAsync(id, permission, ct);
        await EnsureMayChangeAsync(@case, ct);
        cases.ExpectConcurrencyStamp(@case, concurrencyStamp);
        return @case;
    }

    /// <summary>
    /// Adds to a case (a diary entry, minutes, a finding, a file, a request, an answer, a report) or changes one of its
    /// parts, and saves. Team members work on one case at once, so the case's stamp from the caller's form is not
    /// compared: someone else's addition since is no conflict. The save still runs against the version loaded here, so
    /// a save landing between this load and this save is caught; then the case is loaded again and <paramref name="add"/>
    /// runs again, with the aggregate's rules checked on what is there now (a closed case, a duplicate, a part already
    /// decided are refused as usual). <paramref name="add"/> must not save.
    /// </summary>
    public async Task<T> AddToCaseAsync<T>(Guid id, string permission, Func<InspectionCase, Task<T>> add, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var @case = await GetAsync(id, permission, ct);
            await EnsureMayChangeAsync(@case, ct);
            var result = await add(@case);
            try
            {
                await uow.SaveChangesAsync(ct);
                return result;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAdditionAttempts)
            {
                uow.DiscardChanges();
                _loaded.Clear();
            }
        }
    }

    /// <inheritdoc cref="AddToCaseAsync{T}(Guid, string, Func{InspectionCase, Task{T}}, CancellationToken)"/>
    public Task<T> AddToCaseAsync<T>(Guid id, string permission, Func<InspectionCase, T> add, CancellationToken ct)
        => AddToCaseAsync(id, permission, c => Task.FromResult(add(c)), ct);

    /// <summary>
    /// Loads a case to record a result of its re-check <paramref name="reCheckId"/>: whoever may change the case, or an
    /// inspector of that very re-check (a re-check inspector records their own re-check's results and nothing else).
    /// Returns the case and its follow-up to change (the re-checks are there).
    /// </summary>
    public async Task<(InspectionCase Case, CaseFollowUp FollowUp)> GetForReCheckResultAsync(Guid id, Guid reCheckId, string permission, string? concurrencyStamp,
        CaseFollowUpLoader followUps, CancellationToken ct)
    {
        var @case = await GetAsync(id, permission, ct);
        var followUp = await followUps.GetForChangeAsync(id, ct);
        if (await IsReCheckInspectorOnlyAsync(@case, ct)
            && followUp.ReChecks.FirstOrDefault(r => r.Id == reCheckId)?.HasInspector(currentUser.Id ?? Guid.Empty) != true)
            throw new ForbiddenException(CaseErrorCodes.ReCheckInspectorReadOnly);
        EnsureStampCurrent(@case, concurrencyStamp);
        return (@case, followUp);
    }

    /// <summary>
    /// Loads a visible case whose follow-up (<see cref="CaseFollowUp"/>) the caller may change. The follow-up's forms carry the
    /// stamp of the case page they were read on: a page older than the case's last change is refused (409) as before. The
    /// follow-up has its own stamp (a save racing another on the same follow-up is refused), and follow-up work does not
    /// change the case's stamp, so members recording different items with pages read before each other's work never meet.
    /// </summary>
    public async Task<InspectionCase> GetForFollowUpAsync(Guid id, string permission, string? concurrencyStamp, CancellationToken ct)
    {
        var @case = await GetAsync(id, permission, ct);
        await EnsureMayChangeAsync(@case, ct);
        EnsureStampCurrent(@case, concurrencyStamp);
        return @case;
    }

    // The case is not saved by follow-up work, so the stamp the form carries is compared here rather than at save.
    private static void EnsureStampCurrent(InspectionCase @case, string? concurrencyStamp)
    {
        if (!string.IsNullOrEmpty(concurrencyStamp) && concurrencyStamp != @case.ConcurrencyStamp) throw new ConcurrencyConflictException();
    }

    /// <summary>
    /// Whether the caller sees <paramref name="case"/> only as the inspector of one of its re-checks: not an overseer
    /// (Cases.ViewAll), not a unit representative, not on its team. Such a caller reads the case and records their own
    /// re-check's results; they change nothing else and fire no trigger.
    /// </summary>
    public async Task<bool> IsReCheckInspectorOnlyAsync(InspectionCase @case, CancellationToken ct)
        => await ViewerScopeAsync(ct) is { } userId && !@case.HasTeamMember(userId);

    /// <summary>Refuses (403) a caller who may read <paramref name="case"/> but not change it.</summary>
    public async Task EnsureMayChangeAsync(InspectionCase @case, CancellationToken ct)
    {
        if (await IsReCheckInspectorOnlyAsync(@case, ct)) throw new ForbiddenException(CaseErrorCodes.ReCheckInspectorReadOnly);
    }

    /// <summary>
    /// Refuses (403, <paramref name="errorCode"/>) a caller who is neither on the case's team nor an overseer (Cases.ViewAll),
    /// and always the inspected unit's representative, whatever they were granted.
    /// </summary>
    public async Task EnsureTeamOrOverseerAsync(InspectionCase @case, string errorCode, CancellationToken ct)
    {
        if (await IsUnitRepresentativeAsync(ct)) throw new ForbiddenException(errorCode);
        if (await permissions.IsGrantedAsync(InspectionSuitePermissions.Cases.ViewAll, ct)) return;
        if (currentUser.Id is not { } userId || !@case.HasTeamMember(userId)) throw new ForbiddenException(errorCode);
    }

    public async Task<WorkflowActor> ActorAsync(CancellationToken ct)
    {
        var granted = await permissions.GetGrantedAsync(ct);
        return new WorkflowActor(currentUser.Id?.ToString() ?? currentUser.UserName ?? "anonymous", currentUser.UserName ?? "", currentUser.Roles, granted.ToArray());
    }
}
