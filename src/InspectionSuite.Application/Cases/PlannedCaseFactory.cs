namespace InspectionSuite.Cases;

/// <summary>
/// The cases module's side of plan approval: one case in state Planned per selected plan item, of the authority's
/// kind (Sở Nội vụ: a check on noi-vu.check; Thanh tra tỉnh: an inspection on thanh-tra.inspection), linked to the
/// item and with its workflow instance started. No permission check of its own: the approver's Planning.Approve
/// (or Planning.Draw for a top-up) is what authorizes the planned cases.
/// </summary>
public sealed class PlannedCaseFactory(CaseStarter starter, IRepository<InspectionCase> cases, IRepository<Unit> units, PlannedTaskSchedule schedule) : IPlannedCaseFactory
{
    public async Task<Guid> CreatePlannedCaseAsync(PlannedCaseRequest request, CancellationToken ct = default)
    {
        // One case per plan item, whatever calls twice (a retried approval, a top-up): the unique index on
        // InspectionCase.PlanItemId backs this up against concurrent writers.
        var existing = await cases.FirstOrDefaultAsync(cases.Query().Where(c => c.PlanItemId == request.PlanItemId).Select(c => (Guid?)c.Id), ct);
        if (existing is { } id) return id;

        var unitId = await units.FirstOrDefaultAsync(units.Query().Where(u => u.Code == request.UnitCode).Select(u => (Guid?)u.Id), ct)
                     ?? throw new BusinessException(CaseErrorCodes.UnitNotFound, request.UnitCode);
        var kind = KindOf(request.Authority);
        var @case = await starter.StartAsync(kind, request.Authority, unitId, Subject(kind, request), null, LegalBasis(kind, request),
            null, null, request.PlanItemId, ct);
        if (@case.WorkflowInstanceId is { } instanceId)
            await schedule.DateFromPlannedStartAsync(instanceId, request.PlannedStart, ct);
        return @case.Id;
    }

    public static CaseKind KindOf(AuthorityCode authority) => authority == AuthorityCode.ThanhTra ? CaseKind.Inspection : CaseKind.Check;

    // Stored texts are in Vietnamese, the language of the case file (as the case documents are).
    // A hand-listed inspection of Thanh tra tỉnh's plan carries its own subject and legal basis (issue 14).
    private static string Subject(CaseKind kind, PlannedCaseRequest r)
    {
        var subject = r.Subject is { Length: > 0 } listed ? $"{(r.AdHoc ? "Thanh tra đột xuất" : "Thanh tra theo kế hoạch")} năm {r.Year}: {listed} — {r.UnitName}" : $"{(kind == CaseKind.Inspection ? "Thanh tra" : "Kiểm tra")} theo kế hoạch năm {r.Year}: {r.UnitName}";
        return Truncate(subject, CaseConsts.MaxTitleLength);
    }

    private static string Truncate(string text, int max) => text.Length > max ? text[..max] : text;

    private static string LegalBasis(CaseKind kind, PlannedCaseRequest r)
        => r.Subject is { Length: > 0 }
            ? Truncate($"{r.Detail} (Kế hoạch thanh tra năm {r.Year}{(r.AdHoc ? ", thanh tra đột xuất" : "")})", CaseConsts.MaxTextLength)
            : $"Kế hoạch {(kind == CaseKind.Inspection ? "thanh tra" : "kiểm tra")} năm {r.Year} đã được phê duyệt"
           + (r.Amendment > 0 ? $" (bổ sung lần {r.Amendment})" : "");
}
