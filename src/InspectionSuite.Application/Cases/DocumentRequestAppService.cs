using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Cases;

/// <summary>
/// Document requests between the team and the unit. Visibility follows <see cref="CaseAccess"/> (404 for a case the
/// caller may not see); on top of it, only members of the case's team ask, accept and return, and only the
/// representative of the case's own unit answers (403 otherwise). A request is its own aggregate keyed by the case
/// (<see cref="DocumentRequest"/>): the case is loaded to check who acts and that it is open (<see cref="DocumentRequestManager"/>),
/// and changes only when an answer brings files (its evidence).
/// </summary>
public sealed class DocumentRequestAppService(
    CaseAccess access,
    IPermissionChecker permissions,
    IRepository<InspectionCase> cases,
    IRepository<DocumentRequest> requests,
    IRepository<Sanction> sanctions,
    CaseMapper map,
    EvidenceIntake intake,
    IValidationPipeline validation) : IDocumentRequestAppService
{
    public async Task<DocumentRequestListDto> GetListAsync(Guid caseId, CancellationToken ct = default)
    {
        var @case = await access.GetAsync(caseId, P.Default, ct);
        return await ListOfAsync(@case, ct);
    }

    /// <summary>The requests of a case already loaded and checked visible, with what the caller may do with them.</summary>
    internal async Task<DocumentRequestListDto> ListOfAsync(InspectionCase @case, CancellationToken ct)
    {
        var today = access.Today;
        var open = !@case.IsFinal;
        var canManage = open && access.UserId is { } userId && @case.HasTeamMember(userId) && await permissions.IsGrantedAsync(P.DocumentRequests, ct);
        // The permission first: it is known in the scope, the caller's unit is a query (a supervisor never needs it).
        var canAnswer = open && await permissions.IsGrantedAsync(P.AnswerDocumentRequests, ct) && await access.GetUnitIdAsync(ct) == @case.UnitId;
        var items = await requests.ToListAsync(requests.Query().Where(r => r.CaseId == @case.Id), ct);
        return new DocumentRequestListDto(@case.Id, items.OrderBy(r => r.RequestedOn).ThenBy(r => r.Title)
            .Select(r => map.ToDto(r, @case.Evidence, today)).ToList(), @case.ConcurrencyStamp, canManage, canAnswer);
    }

    public async Task<DocumentRequestDto> CreateAsync(Guid caseId, CreateDocumentRequestDto input, CancellationToken ct = default)
    {
        await validation.ValidateAsync(input, ct);
        var (@case, request) = await ChangeByTeamAsync(caseId, async c =>
        {
            var request = DocumentRequestManager.Request(c, input.Title.Trim(),
                string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(), input.DueDate, access.UserId, access.Today);
            await requests.InsertAsync(request, ct);
            return request;
        }, ct);
        return map.ToDto(request, @case.Evidence, access.Today);
    }

    public async Task<DocumentRequestDto> AnswerAsync(Guid caseId, Guid requestId, AnswerDocumentRequestInput input, CancellationToken ct = default)
    {
        var @case = await access.GetAsync(caseId, P.AnswerDocumentRequests, ct);
        await access.EnsureMayChangeAsync(@case, ct);
        // Seeing a case is not speaking for its unit (an admin sees every case).
        if (await access.GetUnitIdAsync(ct) != @case.UnitId) throw new ForbiddenException(CaseErrorCodes.NotRepresentativeOfUnit);
        if (input.Note is { Length: > CaseConsts.MaxTextLength }) throw new InputValidationException("Note", "Validation.TooLong");
        // The team's additions since the unit opened the request are no conflict; the request's status refuses a second answer to the same round.
        return await intake.RecordWithFilesAsync(caseId, input.Files, async stored =>
        {
            var (answered, request) = await access.AddToCaseAsync(caseId, P.AnswerDocumentRequests, async c =>
            {
                var request = await RequestOfAsync(c, requestId, ct);
                DocumentRequestManager.Answer(c, request, input.Note, stored, access.UserId, access.UtcNow);
                return (c, request);
            }, ct);
            return map.ToDto(request, answered.Evidence, access.Today);
        }, ct);
    }

    public async Task<DocumentRequestDto> AcceptAsync(Guid caseId, Guid requestId, AcceptDocumentRequestDto input, CancellationToken ct = default)
    {
        var (@case, request) = await ChangeByTeamAsync(caseId, async c =>
        {
            var request = await RequestOfAsync(c, requestId, ct);
            DocumentRequestManager.Accept(c, request, access.Today);
            return request;
        }, ct);
        return map.ToDto(request, @case.Evidence, access.Today);
    }

    public async Task<DocumentRequestDto> ReturnAsync(Guid caseId, Guid requestId, ReturnDocumentRequestDto input, CancellationToken ct = default)
    {
        await validation.ValidateAsync(input, ct);
        var (@case, request) = await ChangeByTeamAsync(caseId, async c =>
        {
            var request = await RequestOfAsync(c, requestId, ct);
            DocumentRequestManager.Return(c, request, input.Reason);
            return request;
        }, ct);
        return map.ToDto(request, @case.Evidence, access.Today);
    }

    public async Task<PagedResultDto<UnitCaseWorkDto>> GetUnitWorkAsync(GetUnitCaseWorkInput input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.AnswerDocumentRequests, ct);
        if (await access.GetUnitIdAsync(ct) is not { } unitId) return new PagedResultDto<UnitCaseWorkDto>([], 0);
        var today = access.Today;
        var open = new[] { DocumentRequestStatus.Open, DocumentRequestStatus.Returned };
        var pending = new[] { SanctionStatus.Issued, SanctionStatus.InProgress };
        var reporting = new[] { CaseStates.Sanctioning, CaseStates.FollowUp };
        var visible = (await access.VisibleAsync(ct)).Where(c => c.UnitId == unitId);
        var all = requests.Query();
        var recommendations = sanctions.Query();
        var rows = await cases.ToListAsync(visible
            .Where(c => c.State != CaseStates.Closed && c.State != CaseStates.Cancelled)
            .Where(c => all.Any(r => r.CaseId == c.Id && open.Contains(r.Status)) || (reporting.Contains(c.State) && recommendations.Any(s => s.CaseId == c.Id && pending.Contains(s.Status))))
            .Select(c => new
            {
                c.Id, c.Code, c.Subject, c.State, c.Kind,
                RequestDues = all.Where(r => r.CaseId == c.Id && open.Contains(r.Status)).Select(r => r.DueDate).ToList(),
                Deadlines = reporting.Contains(c.State) ? recommendations.Where(s => s.CaseId == c.Id && pending.Contains(s.Status)).Select(s => s.Deadline).ToList() : new List<DateOnly?>(),
            }), ct);
        // One unit has a handful of open cases: ordering by urgency in memory keeps the query simple on both providers.
        var items = rows.Select(r => new UnitCaseWorkDto(r.Id, r.Code, r.Subject, r.State, r.Kind, r.RequestDues.Count, r.RequestDues.Count(d => d < today),
                r.RequestDues.Min(), r.Deadlines.Count, r.Deadlines.Min()))
            .OrderByDescending(w => w.OverdueRequests > 0 || w.NextRecommendationDeadline < today)
            .ThenBy(w => Earliest(w.NextRequestDue, w.NextRecommendationDeadline) ?? DateOnly.MaxValue)
            .ThenBy(w => w.Code, StringComparer.Ordinal)
            .ToList();
        return new PagedResultDto<UnitCaseWorkDto>(items.Skip(input.Skip).Take(input.Take).ToList(), items.Count);
    }

    /// <summary>
    /// A change by a member of the case's team: a new request, or a decision on an answered one (the request's status
    /// refuses a second decision, its own stamp catches a race). Other people's additions since the caller's page are no conflict.
    /// </summary>
    private Task<(InspectionCase Case, DocumentRequest Request)> ChangeByTeamAsync(Guid caseId, Func<InspectionCase, Task<DocumentRequest>> change, CancellationToken ct)
        => access.AddToCaseAsync(caseId, P.DocumentRequests, async c =>
        {
            if (access.UserId is not { } userId || !c.HasTeamMember(userId)) throw new ForbiddenException(CaseErrorCodes.ActorNotInTeam);
            return (c, await change(c));
        }, ct);

    /// <summary>One request of the case, tracked (404 when it is not this case's).</summary>
    private async Task<DocumentRequest> RequestOfAsync(InspectionCase @case, Guid requestId, CancellationToken ct)
        => await requests.FirstOrDefaultAsync(requests.Query().Where(r => r.Id == requestId && r.CaseId == @case.Id), ct)
           ?? throw new EntityNotFoundException(nameof(DocumentRequest), requestId);

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
