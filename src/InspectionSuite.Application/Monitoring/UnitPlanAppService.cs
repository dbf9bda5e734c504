using P = InspectionSuite.Permissions.InspectionSuitePermissions.Monitoring;

namespace InspectionSuite.Monitoring;

/// <summary>
/// The units' implementation plans (seed IV.1, due 10/05/2026 — <see cref="MonitoringOptions.PlanDueOn"/>): the unit
/// representative submits the file and its issue date; Sở Nội vụ's tracker says on time / late / missing per unit.
/// The file goes through the same checks and store as every other upload (<see cref="EvidenceIntake"/>).
/// </summary>
public sealed class UnitPlanAppService(
    MonitoringAccess access,
    MonitoringFigures figures,
    IPermissionChecker permissions,
    IRepository<UnitImplementationPlan> plans,
    IUnitOfWork uow,
    EvidenceIntake intake,
    EvidenceStore store,
    IOptions<MonitoringOptions> options) : IUnitPlanAppService
{
    private DateOnly Due => options.Value.PlanDueOn;

    public async Task<MyUnitPlanDto> GetMineAsync(CancellationToken ct = default)
    {
        var unit = await MyUnitAsync(ct);
        return Mine(unit, await FindAsync(unit.Id, ct));
    }

    public async Task<MyUnitPlanDto> SubmitAsync(SubmitUnitPlanDto input, CancellationToken ct = default)
    {
        var unit = await MyUnitAsync(ct);
        unit = await access.UnitToWriteAsync(unit.Id, ct);
        if (input.File is null) throw new InputValidationException("File", "Validation.Required");
        string? replaced = null;
        var plan = await intake.RecordWithFilesAsync(unit.Id, [input.File], async stored =>
        {
            var existing = await FindAsync(unit.Id, ct);
            if (existing is null)
            {
                existing = new UnitImplementationPlan(Guid.NewGuid(), unit.Id, Due.Year, input.IssuedOn, stored[0], access.Today);
                await plans.InsertAsync(existing, ct);
            }
            else
            {
                replaced = existing.Replace(input.IssuedOn, stored[0], access.Today);
            }
            await uow.SaveChangesAsync(ct);
            return existing;
        }, ct);
        if (replaced is not null) store.Delete(replaced);
        return Mine(unit, plan);
    }

    public async Task<PlanTrackerDto> GetTrackerAsync(int? year = null, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.ViewAll, ct);
        return await figures.TrackerAsync(access.Today, ct);
    }

    public async Task<EvidenceContent> OpenFileAsync(Guid unitId, CancellationToken ct = default)
    {
        var unit = await access.UnitToReadAsync(unitId, ct);
        var plan = await FindAsync(unit.Id, ct) ?? throw new EntityNotFoundException(nameof(UnitImplementationPlan), unitId);
        return new EvidenceContent(store.OpenRead(plan.StoredName), plan.ContentType, DownloadName(unit.Code, plan.Year, plan.FileName), plan.Sha256);
    }

    /// <summary>
    /// "ke-hoach-trien-khai_{unit code}_{year}{extension}", ASCII letters, digits and '-' only: nothing the unit typed
    /// reaches the header but the extension, itself one the upload rules allowed.
    /// </summary>
    public static string DownloadName(string unitCode, int year, string uploadedName)
    {
        static string Ascii(string s) => new(s.Where(ch => ch is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-').ToArray());
        var code = Ascii(unitCode);
        var extension = Ascii(Path.GetExtension(uploadedName).TrimStart('.')).ToLowerInvariant();
        return $"ke-hoach-trien-khai_{(code.Length == 0 ? "don-vi" : code)}_{year}{(extension.Length == 0 ? "" : "." + extension)}";
    }

    /// <summary>The tracker, a pure function of the register, the plans and the day.</summary>
    public static PlanTrackerDto Tracker(DateOnly due, DateOnly today, IReadOnlyList<Unit> units, IReadOnlyDictionary<Guid, UnitImplementationPlan> byUnit)
    {
        var rows = units.Select(u =>
        {
            var p = byUnit.GetValueOrDefault(u.Id);
            return new UnitPlanRowDto(u.Id, u.Code, u.Name, SubmissionDeadline.Standing(due, p?.FirstSubmittedOn, false, today), p?.IssuedOn, p?.FirstSubmittedOn, p?.FileName);
        }).ToList();
        int Count(SubmissionStanding s) => rows.Count(r => r.Standing == s);
        return new PlanTrackerDto(due.Year, due, rows.Count, Count(SubmissionStanding.OnTime), Count(SubmissionStanding.Late),
            Count(SubmissionStanding.Missing), Count(SubmissionStanding.NotYetDue), rows);
    }

    private async Task<Unit> MyUnitAsync(CancellationToken ct)
    {
        await permissions.CheckAsync(P.Submit, ct);
        var id = await access.MyUnitIdAsync(ct) ?? throw new ForbiddenException(MonitoringErrorCodes.NotYourUnit);
        return await access.UnitToReadAsync(id, ct);
    }

    private Task<UnitImplementationPlan?> FindAsync(Guid unitId, CancellationToken ct)
        => plans.FirstOrDefaultAsync(plans.Query().Where(p => p.UnitId == unitId && p.Year == Due.Year), ct);

    private MyUnitPlanDto Mine(Unit unit, UnitImplementationPlan? p)
        => new(unit.Id, unit.Name, Due.Year, Due, SubmissionDeadline.Standing(Due, p?.FirstSubmittedOn, false, access.Today),
            p?.IssuedOn, p?.FirstSubmittedOn, p?.SubmittedOn, p?.FileName);
}
