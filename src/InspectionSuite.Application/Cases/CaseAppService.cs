using System.Text.Json;
using FluentValidation;
using InspectionSuite.Identity;
using InspectionSuite.Localization;
using InspectionSuite.Organization;
using InspectionSuite.Permissions;
using InspectionSuite.Validation;
using InspectionSuite.Workflows.Contracts;
using Microsoft.AspNetCore.Identity;
using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Cases;

/// <summary>Cases from planning to conclusion: what is recorded on the case itself, and its workflow (triggers, history, inbox).</summary>
public sealed class CaseAppService(
    CaseAccess access,
    IPermissionChecker permissions,
    IRepository<InspectionCase> cases,
    IRepository<Unit> units,
    IRepository<Planning.AnnualPlan> plans,
    IRepository<Planning.PlanItem> planItems,
    UserManager<AppUser> userManager,
    IUnitOfWork uow,
    IWorkflowRuntime runtime,
    CaseStarter starter,
    CaseDeadlineCalculator deadlines,
    CaseMapper map,
    InspectionSuiteLocalizer localizer,
    IValidator<CreateCaseDto> createValidator,
    IValidator<UpdateCaseDto> updateValidator,
    IValidator<RecordDecisionDto> decisionValidator,
    IValidator<AssignTeamDto> teamValidator,
    IValidator<AddExtensionDto> extensionValidator,
    IValidator<AddSuspensionDto> suspensionValidator,
    IValidator<RecordPublicationDto> publicationValidator,
    IValidator<RecordWorkPlanDto> workPlanValidator,
    IValidator<AttachResultsReportDto> resultsReportValidator,
    IValidator<RecordDraftConclusionDto> draftValidator,
    IValidator<AddDissentDto> dissentValidator,
    IValidator<RecordAppraisalDto> appraisalValidator,
    IValidator<RecordConclusionDto> conclusionValidator,
    IValidator<FireTriggerDto> fireValidator) : ICaseAppService
{
    public async Task<PagedResultDto<CaseListItemDto>> GetListAsync(GetCaseListInput input, CancellationToken ct = default)
    {
        var sorting = (input.Sorting ?? "creationTime desc").Trim().ToLowerInvariant();
        var countLimit = PagedCount.Limit(input.Skip, input.Take);
        var viewer = await access.ViewerScopeAsync(ct);
        // An inspector's unfiltered list in creation or code order is their viewer rows in the order of its own index:
        // counting and skipping to a deep page read that index only, instead of probing every case of the table.
        if (viewer is { } viewerId && IsUnfiltered(input) && OrderViewerRows(access.ViewerRows(viewerId), sorting) is { } viewerOrder)
        {
            var viewerCount = await cases.CountUpToAsync(access.ViewerRows(viewerId), countLimit, ct);
            var ids = await cases.ToListAsync(viewerOrder.Skip(input.Skip).Take(input.Take).Select(v => v.CaseId), ct);
            var rows = (await ListItemsAsync(cases.Query().Where(c => ids.Contains(c.Id)), ct)).OrderBy(c => ids.IndexOf(c.Id)).ToList();
            return await WithPlanLinksAsync(rows, viewerCount, countLimit, ct);
        }

        // Probing every case (walking in list order) suits a user who sees many; starting from the viewer rows suits few.
        var query = viewer is { } userId && await access.SeesFewCasesAsync(userId, ct)
            ? await access.VisibleSetAsync(ct)
            : await access.VisibleAsync(ct);
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var f = input.Filter.Trim();
            query = query.Where(c => c.Code.Contains(f) || c.Subject.Contains(f) || (c.DecisionNumber != null && c.DecisionNumber.Contains(f)));
        }
        if (!string.IsNullOrWhiteSpace(input.State)) query = query.Where(c => c.State == input.State);
        if (input.Authority is { } authority) query = query.Where(c => c.Authority == authority);
        if (input.UnitId is { } unitId) query = query.Where(c => c.UnitId == unitId);
        if (input.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (input.SanctionType is { } sanctionType) query = query.Where(c => c.Sanctions.Any(s => s.Type == sanctionType));
        if (input.SanctionStatus is { } sanctionStatus) query = query.Where(c => c.Sanctions.Any(s => s.Status == sanctionStatus));
        if (input.ConcludedFrom is { } concludedFrom) query = query.Where(c => c.ConclusionDate >= concludedFrom);
        if (input.ConcludedTo is { } concludedTo) query = query.Where(c => c.ConclusionDate <= concludedTo);
        if (input.Stratum is { } stratum)
        {
            var departments = stratum == Stratum.Department;
            query = query.Where(c => units.QueryIncludingDeleted().Any(u => u.Id == c.UnitId && (u.Kind == UnitKind.Department) == departments));
        }
        var counted = await cases.CountUpToAsync(query, countLimit, ct);
        query = sorting switch
        {
            "code" => query.OrderBy(c => c.Code),
            "code desc" => query.OrderByDescending(c => c.Code),
            "subject" => query.OrderBy(c => c.Subject).ThenBy(c => c.Code),
            "subject desc" => query.OrderByDescending(c => c.Subject).ThenBy(c => c.Code),
            "state" => query.OrderBy(c => c.State).ThenBy(c => c.Code),
            "onsitestart" => query.OrderBy(c => c.OnSiteStart).ThenBy(c => c.Code),
            "onsitestart desc" => query.OrderByDescending(c => c.OnSiteStart).ThenBy(c => c.Code),
            "creationtime" => query.OrderBy(c => c.CreationTime).ThenBy(c => c.Code),
            _ => query.OrderByDescending(c => c.CreationTime).ThenBy(c => c.Code),
        };
        return await WithPlanLinksAsync(await ListItemsAsync(query.Skip(input.Skip).Take(input.Take), ct), counted, countLimit, ct);
    }

    private static bool IsUnfiltered(GetCaseListInput input)
        => string.IsNullOrWhiteSpace(input.Filter) && string.IsNullOrWhiteSpace(input.State) && input.Authority is null && input.UnitId is null
           && input.Kind is null && input.SanctionType is null && input.SanctionStatus is null && input.ConcludedFrom is null
           && input.ConcludedTo is null && input.Stratum is null;

    /// <summary>The list orders that viewer rows carry (the case's creation time and code never change); null for the others.</summary>
    private static IQueryable<CaseViewer>? OrderViewerRows(IQueryable<CaseViewer> rows, string sorting) => sorting switch
    {
        "subject" or "subject desc" or "state" or "onsitestart" or "onsitestart desc" => null,
        "code" => rows.OrderBy(v => v.Code),
        "code desc" => rows.OrderByDescending(v => v.Code),
        "creationtime" => rows.OrderBy(v => v.CreationTime).ThenBy(v => v.Code),
        _ => rows.OrderByDescending(v => v.CreationTime).ThenBy(v => v.Code),
    };

    /// <summary>The list rows of a page query (ordered, skipped, taken): no report or conclusion texts, no child collections.</summary>
    private Task<List<CaseListItemDto>> ListItemsAsync(IQueryable<InspectionCase> page, CancellationToken ct)
        => cases.ToListAsync(
            from c in page
            join u in units.QueryIncludingDeleted() on c.UnitId equals u.Id
            select new CaseListItemDto(c.Id, c.Code, c.Kind, c.Authority, c.UnitId, u.Code, u.Name, c.Subject, c.State, c.DecisionNumber,
                c.OnSiteStart, c.OnSiteEnd, c.OverdueFlagged, c.CreationTime), ct);

    private async Task<PagedResultDto<CaseListItemDto>> WithPlanLinksAsync(List<CaseListItemDto> page, int counted, int countLimit, CancellationToken ct)
    {
        var links = await PlanLinksAsync(page.Select(c => c.Id).ToList(), ct);
        return PagedCount.Result(page.Select(c => c with { Plan = links.GetValueOrDefault(c.Id) }).ToList(), counted, countLimit);
    }

    public async Task<CaseDto> GetAsync(Guid id, CancellationToken ct = default)
        => await ToDtoAsync(await access.GetAsync(id, P.Default, ct), ct);

    public async Task<CaseDto> CreateAsync(CreateCaseDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Create, ct);
        await createValidator.ValidateOrThrowAsync(input, ct);
        var unitCode = await units.FirstOrDefaultAsync(units.Query().Where(u => u.Id == input.UnitId).Select(u => u.Code), ct)
                       ?? throw new BusinessException(CaseErrorCodes.UnitNotFound, input.UnitId);
        if (input.PlanItemId is { } planItemId) await CheckPlanItemAsync(planItemId, unitCode, input.Authority, ct);
        var @case = await starter.StartAsync(input.Kind, input.Authority, input.UnitId, input.Subject, input.Scope, input.LegalBasis,
            input.PeriodFrom, input.PeriodTo, input.PlanItemId, ct);
        return await ToDtoAsync(@case, ct);
    }

    public Task<CaseDto> UpdateAsync(Guid id, UpdateCaseDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Edit, input.ConcurrencyStamp, updateValidator, input,
            c => c.Describe(input.Subject, input.Scope, input.LegalBasis, input.PeriodFrom, input.PeriodTo), ct);

    public Task<CaseDto> RecordDecisionAsync(Guid id, RecordDecisionDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Assign, input.ConcurrencyStamp, decisionValidator, input, c => c.RecordDecision(input.Number, input.Date, input.Signer), ct);

    public async Task<CaseDto> AssignTeamAsync(Guid id, AssignTeamDto input, CancellationToken ct = default)
    {
        await teamValidator.ValidateOrThrowAsync(input, ct);
        var @case = await access.GetForUpdateAsync(id, P.Assign, input.ConcurrencyStamp, ct);
        var inspectors = (await userManager.GetUsersInRoleAsync(InspectionSuiteRoles.Inspector)).Select(u => u.Id).ToHashSet();
        foreach (var userId in input.MemberIds.Append(input.LeaderId).Distinct())
            if (!inspectors.Contains(userId)) throw new BusinessException(CaseErrorCodes.TeamMemberNotInspector, userId);
        @case.AssignTeam(input.LeaderId, input.MemberIds);
        await uow.SaveChangesAsync(ct);
        return await ToDtoAsync(@case, ct);
    }

    public Task<CaseDto> RecordWorkPlanAsync(Guid id, RecordWorkPlanDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Edit, input.ConcurrencyStamp, workPlanValidator, input, c => c.RecordWorkPlan(input.Text), ct);

    public Task<CaseDto> RecordAnnouncementAsync(Guid id, RecordAnnouncementDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Edit, input.ConcurrencyStamp, c => c.RecordAnnouncement(input.Date), ct);

    public Task<CaseDto> SetOnSitePeriodAsync(Guid id, SetOnSitePeriodDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Edit, input.ConcurrencyStamp, c => c.SetOnSitePeriod(input.Start, input.End), ct);

    public Task<CaseDto> AddExtensionAsync(Guid id, AddExtensionDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Edit, input.ConcurrencyStamp, extensionValidator, input, c => c.AddExtension(input.DecisionNumber, input.Days, input.Grounds, input.DecidedOn), ct);

    public Task<CaseDto> AddSuspensionAsync(Guid id, AddSuspensionDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Edit, input.ConcurrencyStamp, suspensionValidator, input, c => c.AddSuspension(input.DecisionNumber, input.From, input.To, input.Reason), ct);

    public Task<CaseDto> AddMinutesAsync(Guid id, AddMinutesDto input, CancellationToken ct = default)
        => AddAsync(id, P.Edit, c => c.AddMinutes(input.Title, input.HeldOn, input.Content), ct);

    public Task<CaseDto> AddDiaryEntryAsync(Guid id, AddDiaryEntryDto input, CancellationToken ct = default)
        => AddAsync(id, P.Edit, c => c.AddDiaryEntry(input.Date, access.UserId, input.Text), ct);

    public Task<CaseDto> AttachResultsReportAsync(Guid id, AttachResultsReportDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Edit, input.ConcurrencyStamp, resultsReportValidator, input, c => c.AttachResultsReport(input.Number, input.Date, input.Text), ct);

    public Task<CaseDto> RecordDraftConclusionAsync(Guid id, RecordDraftConclusionDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Conclude, input.ConcurrencyStamp, draftValidator, input, c => c.RecordDraftConclusion(input.Date, input.Text), ct);

    public async Task<CaseDto> AddDissentAsync(Guid id, AddDissentDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Conclude, ct);
        await dissentValidator.ValidateOrThrowAsync(input, ct);
        return await AddAsync(id, P.Conclude, c => c.AddDissent(access.UserId ?? Guid.Empty, input.Text, access.Today), ct);
    }

    public Task<CaseDto> RecordAppraisalAsync(Guid id, RecordAppraisalDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Conclude, input.ConcurrencyStamp, appraisalValidator, input, c => c.RecordAppraisal(input.Date, input.By, input.Opinion), ct);

    public Task<CaseDto> RecordConclusionAsync(Guid id, RecordConclusionDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Conclude, input.ConcurrencyStamp, conclusionValidator, input, c => c.RecordConclusion(input.Number, input.Date, input.Signer, input.Text), ct);

    public Task<CaseDto> RecordPublicationAsync(Guid id, RecordPublicationDto input, CancellationToken ct = default)
        => ChangeAsync(id, P.Conclude, input.ConcurrencyStamp, publicationValidator, input, c => c.RecordPublication(input.Channel, input.From, input.To), ct);

    public async Task<IReadOnlyList<CaseTriggerDto>> GetTriggersAsync(Guid id, CancellationToken ct = default)
    {
        var @case = await access.GetAsync(id, P.Default, ct);
        if (@case.WorkflowInstanceId is not { } instanceId) return [];
        // Evaluated as if a reason were given: Cancel is "allowed, reason required" rather than refused for lack of one.
        var options = await runtime.GetTriggersAsync(instanceId, await access.ActorAsync(ct), JsonSerializer.Serialize(new { reason = "…" }), ct);
        if (await access.IsReCheckInspectorOnlyAsync(@case, ct))
            options = options.Select(o => o with { Allowed = false, ReasonCode = CaseErrorCodes.ReCheckInspectorReadOnly, ReasonArgs = [] }).ToList();
        return options.Select(o => new CaseTriggerDto(o.Trigger, o.To, o.Permission, o.Allowed, o.ReasonCode,
            o.ReasonCode is null ? null : localizer.Error(o.ReasonCode, o.ReasonArgs ?? []), o.Trigger == CaseTriggers.Cancel)).ToList();
    }

    public async Task<CaseDto> FireAsync(Guid id, string trigger, FireTriggerDto input, CancellationToken ct = default)
    {
        await fireValidator.ValidateOrThrowAsync(input, ct);
        var @case = await access.GetAsync(id, P.Default, ct);
        await access.EnsureMayChangeAsync(@case, ct);
        if (@case.WorkflowInstanceId is not { } instanceId) throw new BusinessException(CaseErrorCodes.WrongState, @case.State, "workflow");
        var payload = input.Reason is null ? null : JsonSerializer.Serialize(new { reason = input.Reason });
        // Guards refuse with a localized code and nothing is saved; the state mirror is written by the entry action in the same save.
        await runtime.FireAsync(instanceId, trigger, await access.ActorAsync(ct), payload, input.ExpectedVersion, ct);
        return await ToDtoAsync(@case, ct);
    }

    public async Task<IReadOnlyList<CaseHistoryEntryDto>> GetHistoryAsync(Guid id, CancellationToken ct = default)
    {
        var @case = await access.GetAsync(id, P.Default, ct);
        if (@case.WorkflowInstanceId is not { } instanceId) return [];
        return (await runtime.GetJournalAsync(instanceId, ct))
            .Select(j => new CaseHistoryEntryDto(j.Sequence, j.OccurredAtUtc, j.Kind, j.ActorName, j.From, j.To, j.Trigger)).ToList();
    }

    public async Task<string> GetDiagramAsync(Guid id, CancellationToken ct = default)
    {
        var @case = await access.GetAsync(id, P.Default, ct);
        if (@case.WorkflowInstanceId is not { } instanceId) return "";
        return await runtime.GetInstanceDiagramAsync(instanceId, System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct);
    }

    public async Task<PagedResultDto<InboxItemDto>> GetInboxAsync(int skip, int take, CancellationToken ct = default)
    {
        var actor = await access.ActorAsync(ct);
        skip = PagedAndSortedInput.BoundSkip(skip);
        take = PagedAndSortedInput.BoundTake(take);
        // The runtime's inbox is by user or role; a role task may belong to a case this user must not see, so only tasks of
        // the visible cases' instances are counted and paged, and only the page's cases are looked up.
        var visible = await access.VisibleAsync(ct);
        var countLimit = PagedCount.Limit(skip, take);
        PagedResult<HumanTaskInfo> tasks;
        if (await access.ViewerScopeAsync(ct) is { } viewerId)
        {
            // An inspector's cases are their viewer rows, which carry the instance. On few cases their tasks are read by
            // instance; on many, the role's tasks are walked in due order with one probe of the viewer key per task.
            var instances = access.ViewerRows(viewerId).Where(v => v.InstanceId != null).Select(v => v.InstanceId!.Value);
            tasks = await access.SeesFewCasesAsync(viewerId, ct)
                ? await runtime.GetInboxOfInstancesAsync(actor.UserId, actor.Roles, skip, take, await cases.ToListAsync(instances, ct), countLimit, ct)
                : await runtime.GetInboxAsync(actor.UserId, actor.Roles, skip, take, instances, countLimit, ct);
        }
        else
        {
            var visibleInstances = visible.Where(c => c.WorkflowInstanceId != null).Select(c => c.WorkflowInstanceId!.Value);
            tasks = await runtime.GetInboxAsync(actor.UserId, actor.Roles, skip, take, visibleInstances, countLimit, ct);
        }
        var instanceIds = tasks.Items.Select(t => t.InstanceId).Distinct().ToList();
        var info = instanceIds.Count == 0 ? [] : (await cases.ToListAsync(
            visible.Where(c => c.WorkflowInstanceId != null && instanceIds.Contains(c.WorkflowInstanceId.Value)).Select(c => new { InstanceId = c.WorkflowInstanceId!.Value, c.Id, c.Code, c.Subject }), ct))
            .ToDictionary(c => c.InstanceId);
        var items = tasks.Items.Where(t => info.ContainsKey(t.InstanceId))
            .Select(t => { var c = info[t.InstanceId]; return new InboxItemDto(t.Id, c.Id, c.Code, c.Subject, t.Name, t.State, t.DueAtUtc, t.IsOverdue, t.AssigneeRole); })
            .ToList();
        return PagedCount.Result(items, tasks.TotalCount, countLimit);
    }

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

    private async Task<CaseDto> ChangeAsync<TInput>(Guid id, string permission, string stamp, IValidator<TInput> validator, TInput input, Action<InspectionCase> change, CancellationToken ct)
    {
        await permissions.CheckAsync(permission, ct);
        await validator.ValidateOrThrowAsync(input, ct);
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

    internal async Task<CaseDto> ToDtoAsync(InspectionCase c, CancellationToken ct)
    {
        var unit = await access.GetUnitAsync(c.UnitId, ct);
        var people = await access.GetPeopleAsync(c.Team.Select(m => m.UserId).ToList(), ct);
        var team = c.Team.OrderByDescending(m => m.IsLeader).Select(m =>
        {
            var p = people.GetValueOrDefault(m.UserId);
            return new TeamMemberDto(m.UserId, p?.UserName ?? "", p?.FullName ?? "", m.IsLeader);
        }).ToList();
        var version = 0;
        var deadlineDto = new CaseDeadlinesDto(null, false, null, false, null, false, 0, "calendar", 0, 0);
        if (c.WorkflowInstanceId is { } instanceId)
        {
            var instance = await runtime.GetInstanceAsync(instanceId, ct);
            version = instance.Version;
            deadlineDto = deadlines.Compute(c, await deadlines.GetLimitsAsync(instance.DefinitionId, instance.DefinitionVersion, ct), access.Today);
        }
        return new CaseDto(c.Id, c.Code, c.Kind, c.Authority, c.UnitId, unit?.Code ?? "", unit?.Name ?? "", c.Subject, c.Scope, c.LegalBasis, c.PeriodFrom, c.PeriodTo,
            c.PlanItemId, c.State, c.WorkflowInstanceId, version, c.ConcurrencyStamp, c.DecisionNumber, c.DecisionDate, c.DecisionSigner, team,
            c.WorkPlan, c.AnnouncedOn, c.OnSiteStart, c.OnSiteEnd,
            c.Extensions.Select(map.ToDto).ToList(), c.Suspensions.Select(map.ToDto).ToList(),
            c.Minutes.OrderBy(m => m.HeldOn).Select(map.ToDto).ToList(), c.Diary.OrderBy(d => d.Date).Select(map.ToDto).ToList(),
            c.ResultsReportNumber, c.ResultsReportDate, c.ResultsReportText, c.DraftConclusionDate, c.DraftConclusionText, c.Dissents.Select(map.ToDto).ToList(),
            c.AppraisedOn, c.AppraisalBy, c.AppraisalOpinion, c.ConclusionNumber, c.ConclusionDate, c.ConclusionSigner, c.ConclusionText,
            c.PublicationChannel, c.PublishedFrom, c.PublishedTo, c.CancelReason, c.OverdueFlagged, deadlineDto,
            c.Checklist.Count, c.Evidence.Count, c.Findings.Count, c.Sanctions.Count)
        {
            Plan = c.PlanItemId is null ? null : (await PlanLinksAsync([c.Id], ct)).GetValueOrDefault(c.Id),
            ReCheckInspectorOnly = await access.IsReCheckInspectorOnlyAsync(c, ct),
        };
    }
}
