using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Cases;

/// <summary>Cases from planning to conclusion: what is recorded on the case itself, and its workflow (triggers, history, inbox).</summary>
public sealed class CaseAppService(
    CaseAccess access,
    ICaseRepository caseRepository,
    IPermissionChecker permissions,
    IRepository<InspectionCase> cases,
    IRepository<Unit> units,
    IRepository<Planning.AnnualPlan> plans,
    IRepository<Planning.PlanItem> planItems,
    UserManager<AppUser> userManager,
    IUnitOfWork uow,
    IWorkflowRuntime runtime,
    IWorkflowInstanceQueries workflows,
    IHumanTaskService humanTasks,
    Inbox.RuntimeInboxPage inboxPage,
    CaseStarter starter,
    CaseDeadlineCalculator deadlines,
    CaseMapper map,
    InspectionSuiteLocalizer localizer,
    IValidationPipeline validation,
    CaseWorkspaceReader workspace,
    CaseFollowUpLoader followUps) : ICaseAppService
{
    public async Task<PagedResultDto<CaseListItemDto>> GetListAsync(GetCaseListInput input, CancellationToken ct = default)
    {
        var countLimit = PagedCount.Limit(input.Skip, input.Take);
        var filter = new CaseListFilter(input.Filter, input.State, input.Authority, input.UnitId, input.Kind, input.SanctionType, input.SanctionStatus,
            input.ConcludedFrom, input.ConcludedTo, input.Stratum);
        var page = await caseRepository.GetListAsync(filter, await access.VisibilityAsync(ct), new CaseListPaging(input.Sorting, input.Skip, input.Take, countLimit), ct);
        var links = await PlanLinksAsync(page.Rows.Select(c => c.Id).ToList(), ct);
        return PagedCount.Result(page.Rows.Select(c => map.ToListItem(c) with { Plan = links.GetValueOrDefault(c.Id) }).ToList(), page.Counted, countLimit);
    }

    public async Task<CaseDto> GetAsync(Guid id, CancellationToken ct = default)
        => await ToDtoAsync(await access.GetAsync(id, P.Default, ct), ct);

    /// <summary>
    /// The case page in one call: the case is loaded and checked visible once, its unit and team are read once for the
    /// case and its documents, and what the caller may do is decided once (<see cref="CaseWorkspaceReader"/>).
    /// </summary>
    public async Task<CaseWorkspaceDto> GetWorkspaceAsync(Guid id, CancellationToken ct = default)
    {
        var @case = await access.GetAsync(id, P.Default, ct);
        var parties = await caseRepository.GetPartiesAsync(@case, ct);
        // Read once (no query before the case can have sanctions): the sanction count, the follow-up, the documents and a check's outcomes are made from it.
        var followUp = await followUps.GetAsync(@case, ct);
        var dto = await ToDtoAsync(@case, parties, followUp.Sanctions.Count, ct);
        return await workspace.ReadAsync(@case, dto, parties, followUp, await TriggersOfAsync(@case, ct), await HistoryOfAsync(@case, ct), await DiagramOfAsync(@case, ct), ct);
    }

    public async Task<CaseDto> CreateAsync(CreateCaseDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Create, ct);
        await validation.ValidateAsync(input, ct);
        var unitCode = await units.FirstOrDefaultAsync(units.Query().Where(u => u.Id == input.UnitId).Select(u => u.Code), ct)
                       ?? throw new BusinessException(CaseErrorCodes.UnitNotFound, input.UnitId);
        // No authority inspects or checks itself (issue 14).
        if (input.Authority.IsOwnUnit(unitCode)) throw new BusinessException(Planning.PlanningErrorCodes.OwnUnit, unitCode);
        if (input.PlanItemId is { } planItemId) await CheckPlanItemAsync(planItemId, unitCode, input.Authority, ct);
        // The item's plan learns which case implements it (its page links the case), in the same save as the case.
        var plan = input.PlanItemId is { } itemId
            ? await plans.FirstOrDefaultAsync(plans.Query().Where(p => p.Items.Any(i => i.Id == itemId)), ct)
            : null;
        // Đột xuất (issue 18): the flag whose rule hides a check from the unit until the team arrives (CaseAccess), with its reason.
        var @case = await starter.StartAsync(input.Kind, input.Authority, input.UnitId, input.Subject, input.Scope, input.LegalBasis,
            input.PeriodFrom, input.PeriodTo, input.PlanItemId, ct, prepare: c =>
            {
                if (input.AccountableHead is { } head) c.NameAccountableHead(head.Name, head.Position);
                c.PlanOnSite(input.PlannedOnSiteStart, input.PlannedOnSiteEnd);
                if (input.Unannounced) c.MarkUnannounced(input.UnannouncedReason ?? "");
                if (plan is not null && input.PlanItemId is { } linkedItem) plan.AttachCase(linkedItem, c.Id);
            });
        return await ToDtoAsync(@case, ct);
    }

    public async Task<IReadOnlyList<OpenablePlanItemDto>> GetOpenablePlanItemsAsync(CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Create, ct);
        // Deleted cases count, as in CheckPlanItemAsync: they keep their item in the unique index.
        var linked = cases.QueryIncludingDeleted().Where(c => c.PlanItemId != null).Select(c => c.PlanItemId!.Value);
        return await planItems.ToListAsync(
            from i in planItems.Query()
            join p in plans.Query() on i.PlanId equals p.Id
            where i.Selected && i.CaseId == null && p.Status != Planning.PlanStatus.Closed && !linked.Contains(i.Id)
            orderby p.Authority, p.Year, i.UnitCode
            select new OpenablePlanItemDto(i.Id, p.Authority, p.Year, p.Status, i.UnitCode, i.UnitName, i.Subject), ct);
    }

    public Task<CaseDto> UpdateAsync(Guid id, UpdateCaseDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Edit, input.ConcurrencyStamp, input,
            c =>
            {
                c.Describe(input.Subject, input.Scope, input.LegalBasis, input.PeriodFrom, input.PeriodTo);
                c.NameAccountableHead(input.AccountableHead?.Name, input.AccountableHead?.Position);
                c.PlanOnSite(input.PlannedOnSiteStart, input.PlannedOnSiteEnd);
            }, ct);

    public Task<CaseDto> RecordDecisionAsync(Guid id, RecordDecisionDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Assign, input.ConcurrencyStamp, input, c => c.RecordDecision(input.Number, input.Date, SignerToRecord(c, input.Signer)), ct);

    /// <summary>
    /// An inspection's decision is signed by the người ra quyết định who issues it (v4 Decide, their profile): a signer typed
    /// while it is prepared (Planned) only fills the draft and is replaced then; after the decision it is ignored.
    /// </summary>
    private static string? SignerToRecord(InspectionCase c, string? typed)
        => c.Kind == CaseKind.Inspection && c.State != CaseStates.Planned ? null : string.IsNullOrWhiteSpace(typed) ? null : typed;

    public async Task<CaseDto> AssignTeamAsync(Guid id, AssignTeamDto input, CancellationToken ct = default)
    {
        await validation.ValidateAsync(input, ct);
        var @case = await access.GetForUpdateAsync(id, P.Assign, input.ConcurrencyStamp, ct);
        var inspectors = (await userManager.GetUsersInRoleAsync(InspectionSuiteRoles.Inspector)).Select(u => u.Id).ToHashSet();
        foreach (var userId in input.MemberIds.Append(input.LeaderId).Distinct())
            if (!inspectors.Contains(userId)) throw new BusinessException(CaseErrorCodes.TeamMemberNotInspector, userId);
        @case.AssignTeam(input.LeaderId, input.MemberIds);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(@case, ct);
    }

    public Task<CaseDto> RecordWorkPlanAsync(Guid id, RecordWorkPlanDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Edit, input.ConcurrencyStamp, input, c => c.RecordWorkPlan(input.Text), ct);

    public async Task<CaseDto> ApproveWorkPlanAsync(Guid id, ApproveWorkPlanDto input, CancellationToken ct = default)
    {
        var actor = await access.ActorAsync(ct);
        return await ChangeAsync(id, P.Decide, input.ConcurrencyStamp, c => c.ApproveWorkPlan(input.Date ?? access.Today, actor.DisplayName), ct);
    }

    public Task<CaseDto> RecordAnnouncementAsync(Guid id, RecordAnnouncementDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Edit, input.ConcurrencyStamp, c => c.RecordAnnouncement(input.Date), ct);

    public Task<CaseDto> SetOnSitePeriodAsync(Guid id, SetOnSitePeriodDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Edit, input.ConcurrencyStamp, c => c.SetOnSitePeriod(input.Start, input.End), ct);

    /// <summary>Gia hạn, capped by the case's definition (the <see cref="CaseWorkflows.ExtensionLimit"/>: most days, how many times).</summary>
    public async Task<CaseDto> AddExtensionAsync(Guid id, AddExtensionDto input, CancellationToken ct = default)
    {
        var limit = await ExtensionLimitAsync(id, ct);
        // Gia hạn is decided by the người ra quyết định (Leadership), not by the team.
        await permissions.CheckAsync(P.Decide, ct);
        await validation.ValidateAsync(input, ct);
        if (string.IsNullOrEmpty(input.ConcurrencyStamp)) throw new InputValidationException("ConcurrencyStamp", "Validation.Required");
        var @case = await access.GetForUpdateAsync(id, P.Decide, input.ConcurrencyStamp, ct);
        @case.AddExtension(input.DecisionNumber, input.Days, input.Grounds, input.DecidedOn, limit);
        // Granting answers the team's request (v3): Leadership's "Gia hạn" task leaves the inbox in the same save.
        if (@case.WorkflowInstanceId is { } instanceId)
            await humanTasks.CompleteByRecordAsync(instanceId, CaseWorkflows.DecideExtensionTask, await access.ActorAsync(ct), CaseLawAppService.ExtensionGranted, ct);
        else
            await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(@case, ct);
    }

    private async Task<InspectionCase.ExtensionLimit?> ExtensionLimitAsync(Guid id, CancellationToken ct)
    {
        var @case = await access.GetAsync(id, P.Default, ct);
        if (@case.WorkflowInstanceId is not { } instanceId) return null;
        var instance = await workflows.GetInstanceAsync(instanceId, ct);
        return (await deadlines.GetLimitsAsync(instance.DefinitionId, instance.DefinitionVersion, ct)).Extension;
    }

    /// <summary>Tạm dừng is a decision of the người ra quyết định (Leadership, Cases.Decide), like its continuation.</summary>
    public Task<CaseDto> AddSuspensionAsync(Guid id, AddSuspensionDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Decide, input.ConcurrencyStamp, input, c => c.AddSuspension(input.DecisionNumber, input.From, input.To, input.Reason), ct);

    public Task<CaseDto> AddMinutesAsync(Guid id, AddMinutesDto input, CancellationToken ct = default)
        => AddAsync(id, P.Edit, c => c.AddMinutes(input.Title, input.HeldOn, input.Content), ct);

    public Task<CaseDto> AddDiaryEntryAsync(Guid id, AddDiaryEntryDto input, CancellationToken ct = default)
        => AddAsync(id, P.Edit, c => c.AddDiaryEntry(input.Date, access.UserId, input.Text), ct);

    public Task<CaseDto> AttachResultsReportAsync(Guid id, AttachResultsReportDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Edit, input.ConcurrencyStamp, input, c => c.AttachResultsReport(input.Number, input.Date, input.Text), ct);

    public Task<CaseDto> RecordDraftConclusionAsync(Guid id, RecordDraftConclusionDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.DraftConclusion, input.ConcurrencyStamp, input, c => c.RecordDraftConclusion(input.Date, input.Text), ct);

    public async Task<CaseDto> AddDissentAsync(Guid id, AddDissentDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.DraftConclusion, ct);
        await validation.ValidateAsync(input, ct);
        return await AddAsync(id, P.DraftConclusion, c => c.AddDissent(access.UserId ?? Guid.Empty, input.Text, access.Today), ct);
    }

    public Task<CaseDto> RecordAppraisalAsync(Guid id, RecordAppraisalDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Appraise, input.ConcurrencyStamp, input, c => c.RecordAppraisal(access.UserId ?? Guid.Empty, input.Date, input.By, input.Opinion), ct);

    public Task<CaseDto> RecordConclusionAsync(Guid id, RecordConclusionDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Decide, input.ConcurrencyStamp, input, c => c.RecordConclusion(access.UserId ?? Guid.Empty, input.Number, input.Date, input.Signer, input.Text,
            input.Accountability?.Verdict, input.Accountability?.Text), ct);

    public Task<CaseDto> RecordPublicationAsync(Guid id, RecordPublicationDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Publish, input.ConcurrencyStamp, input, c => c.RecordPublication(input.Channel, input.From, input.To), ct);

    public async Task<IReadOnlyList<CaseTriggerDto>> GetTriggersAsync(Guid id, CancellationToken ct = default)
        => await TriggersOfAsync(await access.GetAsync(id, P.Default, ct), ct);

    private async Task<IReadOnlyList<CaseTriggerDto>> TriggersOfAsync(InspectionCase @case, CancellationToken ct)
    {
        if (@case.WorkflowInstanceId is not { } instanceId) return [];
        // The unit fires no step of the team's procedure; listing them (with why not) would show its internal work.
        if (await access.IsUnitRepresentativeAsync(ct)) return [];
        // Evaluated as if a reason were given: Cancel is "allowed, reason required" rather than refused for lack of one.
        var options = await runtime.GetTriggersAsync(instanceId, await access.ActorAsync(ct), JsonSerializer.Serialize(new { reason = "…" }), ct);
        if (await access.IsReCheckInspectorOnlyAsync(@case, ct))
            options = options.Select(o => o with { Allowed = false, ReasonCode = CaseErrorCodes.ReCheckInspectorReadOnly, ReasonArgs = [] }).ToList();
        return options.Select(o => new CaseTriggerDto(o.Trigger, o.To, o.Permission, o.Allowed, o.ReasonCode,
            o.ReasonCode is null ? null : localizer.Error(o.ReasonCode, o.ReasonArgs ?? []), o.Trigger == CaseTriggers.Cancel)).ToList();
    }

    public async Task<CaseDto> FireAsync(Guid id, string trigger, FireTriggerDto input, CancellationToken ct = default)
    {
        await validation.ValidateAsync(input, ct);
        var @case = await access.GetAsync(id, P.Default, ct);
        await access.EnsureMayChangeAsync(@case, ct);
        if (@case.WorkflowInstanceId is not { } instanceId) throw new BusinessException(CaseErrorCodes.WrongState, @case.State, "workflow");
        var payload = input.Reason is null ? null : JsonSerializer.Serialize(new { reason = input.Reason });
        // Guards refuse with a localized code and nothing is saved; the state mirror is written by the entry action in the same save.
        var actor = await access.ActorAsync(ct);
        var fired = await runtime.FireAsync(instanceId, trigger, actor, payload, input.ExpectedVersion, ct);
        // The Điều 52 letter may be recorded from the publication on, before FollowUp creates the task asking for it:
        // a task whose record already exists leaves the inbox as soon as it is created.
        if (fired.To == CaseStates.FollowUp && @case.RecommendationLetterNumber is not null)
            await humanTasks.CompleteByRecordAsync(instanceId, CaseWorkflows.RecommendationLetterTask, actor, @case.RecommendationLetterNumber, ct);
        return await ToDtoAsync(@case, ct);
    }

    public async Task<IReadOnlyList<CaseHistoryEntryDto>> GetHistoryAsync(Guid id, CancellationToken ct = default)
        => await HistoryOfAsync(await access.GetAsync(id, P.Default, ct), ct);

    private async Task<IReadOnlyList<CaseHistoryEntryDto>> HistoryOfAsync(InspectionCase @case, CancellationToken ct)
    {
        if (@case.WorkflowInstanceId is not { } instanceId) return [];
        var history = (await workflows.GetJournalAsync(instanceId, ct))
            .Select(j => new CaseHistoryEntryDto(j.Sequence, j.OccurredAtUtc, j.Kind, j.ActorName, j.From, j.To, j.Trigger)).ToList();
        return await access.IsUnitRepresentativeAsync(ct) ? UnitRepresentativeView.RedactHistory(history) : history;
    }

    public async Task<string> GetDiagramAsync(Guid id, CancellationToken ct = default)
        => await DiagramOfAsync(await access.GetAsync(id, P.Default, ct), ct);

    private async Task<string> DiagramOfAsync(InspectionCase @case, CancellationToken ct)
    {
        if (@case.WorkflowInstanceId is not { } instanceId) return "";
        return await workflows.GetInstanceDiagramAsync(instanceId, System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct);
    }

    public Task<PagedResultDto<InboxItemDto>> GetInboxAsync(int skip, int take, CancellationToken ct = default)
        => inboxPage.GetAsync(skip, take, PagedCount.Limit(PagedAndSortedInput.BoundSkip(skip), PagedAndSortedInput.BoundTake(take)), ct);

    // ------------------------------------------------------------ helpers

    /// <summary>
    /// A case implements a plan item only if the item exists, is for the same unit in the same authority's plan, and no
    /// case implements it yet (a closed linked case credits the item's unit as checked; the unique index backs this up).
    /// </summary>
    private async Task CheckPlanItemAsync(Guid planItemId, string unitCode, AuthorityCode authority, CancellationToken ct)
    {
        var item = await planItems.FirstOrDefaultAsync(
            from i in planItems.Query()
            where i.Id == planItemId
            join p in plans.Query() on i.PlanId equals p.Id
            select new { i.UnitCode, p.Authority, p.Year, i.CaseId }, ct) ?? throw new BusinessException(CaseErrorCodes.PlanItemNotFound, planItemId);
        if (item.UnitCode != unitCode || item.Authority != authority)
            throw new BusinessException(CaseErrorCodes.PlanItemMismatch, item.UnitCode, item.Year, localizer["Authority." + item.Authority]);
        // Deleted cases count: they keep the item in the unique index.
        var linked = await cases.FirstOrDefaultAsync(cases.QueryIncludingDeleted().Where(c => c.PlanItemId == planItemId).Select(c => c.Code), ct);
        if (linked is not null || item.CaseId is not null) throw new ConflictException(CaseErrorCodes.PlanItemAlreadyLinked, linked ?? "");
    }

    private async Task<CaseDto> ChangeAsync<TInput>(Guid id, string permission, string stamp, TInput input, Action<InspectionCase> change, CancellationToken ct)
    {
        await permissions.CheckAsync(permission, ct);
        await validation.ValidateAsync(input, ct);
        return await ChangeAsync(id, permission, stamp, change, ct);
    }

    private async Task<CaseDto> ChangeAsync(Guid id, string permission, string stamp, Action<InspectionCase> change, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(stamp)) throw new InputValidationException("ConcurrencyStamp", "Validation.Required");
        var @case = await access.GetForUpdateAsync(id, permission, stamp, ct);
        change(@case);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(@case, ct);
    }

    /// <summary>An addition to the case: another team member's additions since the caller's page are no conflict (see <see cref="CaseAccess.AddToCaseAsync{T}(Guid, string, Func{InspectionCase, T}, CancellationToken)"/>).</summary>
    private async Task<CaseDto> AddAsync<TPart>(Guid id, string permission, Func<InspectionCase, TPart> add, CancellationToken ct)
    {
        var @case = await access.AddToCaseAsync(id, permission, c => { add(c); return c; }, ct);
        return await ToDtoAsync(@case, ct);
    }

    /// <summary>The plan link of those of <paramref name="caseIds"/> that implement a plan item, by case id.</summary>
    private async Task<Dictionary<Guid, CasePlanLinkDto>> PlanLinksAsync(IReadOnlyList<Guid> caseIds, CancellationToken ct)
    {
        if (caseIds.Count == 0) return [];
        var rows = await cases.ToListAsync(
            from c in cases.Query()
            where caseIds.Contains(c.Id) && c.PlanItemId != null
            join i in planItems.Query() on c.PlanItemId equals (Guid?)i.Id
            join p in plans.Query() on i.PlanId equals p.Id
            select new { CaseId = c.Id, PlanId = p.Id, ItemId = i.Id, p.Authority, p.Year, i.Reason, i.Amendment }, ct);
        return rows.ToDictionary(r => r.CaseId, r => new CasePlanLinkDto(r.PlanId, r.ItemId, r.Authority, r.Year, r.Reason.ToString(), r.Amendment));
    }

    /// <summary>Members' reports to the Trưởng đoàn; their authors are team members, named from the case's parties.</summary>
    private static IReadOnlyList<MemberReportDto> MemberReports(InspectionCase c, IReadOnlyDictionary<Guid, CasePerson> people)
        => c.MemberReports.OrderBy(r => r.ReportedOn)
            .Select(r => new MemberReportDto(r.Id, r.MemberId, people.GetValueOrDefault(r.MemberId)?.FullName ?? "", r.ReportedOn, r.Text, r.EvidenceId)).ToList();

    internal async Task<CaseDto> ToDtoAsync(InspectionCase c, CancellationToken ct) => await ToDtoAsync(c, await caseRepository.GetPartiesAsync(c, ct), null, ct);

    /// <param name="sanctionCount">How many sanctions the case's follow-up holds when the caller has read it (the case page); null: counted here.</param>
    private async Task<CaseDto> ToDtoAsync(InspectionCase c, CaseParties parties, int? sanctionCount, CancellationToken ct)
    {
        var unit = parties.Unit;
        var people = parties.People;
        var team = c.Team.OrderByDescending(m => m.IsLeader).Select(m =>
        {
            var p = people.GetValueOrDefault(m.UserId);
            return new TeamMemberDto(m.UserId, p?.UserName ?? "", p?.FullName ?? "", m.IsLeader);
        }).ToList();
        var version = 0;
        var deadlineDto = CaseDeadlinesDto.None;
        if (c.WorkflowInstanceId is { } instanceId)
        {
            var instance = await workflows.GetInstanceAsync(instanceId, ct);
            version = instance.Version;
            deadlineDto = deadlines.Compute(c, await deadlines.GetLimitsAsync(instance.DefinitionId, instance.DefinitionVersion, ct), access.Today);
        }
        var dto = map.ToDto(c, unit?.Code ?? "", unit?.Name ?? "", team, version, deadlineDto) with
        {
            Plan = c.PlanItemId is null ? null : (await PlanLinksAsync([c.Id], ct)).GetValueOrDefault(c.Id),
            ReCheckInspectorOnly = await access.IsReCheckInspectorOnlyAsync(c, ct),
            SanctionCount = sanctionCount ?? await followUps.CountSanctionsAsync(c, ct),
            LegalCitations = Legal.LegalBases.Get(c.Decision.LegalBasisVersion, c.Decision.Date ?? access.Today).CitationsFor(CaseWorkflows.LegalProcedure(c.Kind)),
            MemberReports = MemberReports(c, people),
            RecommendationLetter = c.RecommendationLetterDate is { } letterDate ? new OfficialLetterDto(c.RecommendationLetterNumber ?? "", letterDate, c.RecommendationLetterText ?? "") : null,
            Direction = c.DirectionDate is { } directionDate ? new OfficialLetterDto(c.DirectionNumber ?? "", directionDate, c.DirectionText ?? "") : null,
        };
        return await access.IsUnitRepresentativeAsync(ct) ? UnitRepresentativeView.Redact(dto, c, access.UserId) : dto;
    }
}
