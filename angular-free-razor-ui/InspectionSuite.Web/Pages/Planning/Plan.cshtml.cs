namespace InspectionSuite.Web.Pages.Planning;

/// <summary>One annual plan: draw, adjustments, approval, coverage tracker, top-up, unit rows with reasons, export.</summary>
[Authorize(InspectionSuitePermissions.Planning.Default)]
// Its forms carry at most a CSV of CsvLimits.MaxBytes: a larger (or chunked) body is cut off while it is read.
[RequestSizeLimit(InspectionSuite.Csv.CsvLimits.MaxBytes + 64 * 1024)]
public sealed class PlanModel(IAnnualPlanAppService plans, IPermissionChecker permissions, InspectionSuiteLocalizer l, TimeProvider time) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public Stratum? Stratum { get; set; }
    [BindProperty(SupportsGet = true)] public string? Reason { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Selected { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public AnnualPlanDto Plan { get; private set; } = null!;
    public PagedResultDto<PlanItemDto> Items { get; private set; } = new([], 0);
    public Pager Pager { get; private set; } = null!;
    public PlanCoverageDto? Coverage { get; private set; }
    public IReadOnlyList<PlanOverlapDto> Overlaps { get; private set; } = [];
    public bool CanDraw { get; private set; }
    public bool CanApprove { get; private set; }
    public string SuggestedSeed => Plan.Seed ?? $"QN-{Plan.Authority}-{Plan.Year}-{VietnamTime.Now(time):yyyyMMdd}";

    public static readonly string[] ReasonCodes =
        Enum.GetNames<InspectionSuite.Sampling.SelectionReason>();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(PlanExportFormat format, CancellationToken ct)
    {
        var file = await plans.ExportAsync(Id, format, ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    [RequirePermission(InspectionSuitePermissions.Planning.Draw)]
    public Task<IActionResult> OnPostDrawAsync(string seed, string concurrencyStamp, CancellationToken ct)
        => RunAsync(() => plans.DrawAsync(Id, new DrawPlanDto(seed ?? "", concurrencyStamp), ct), "Planning.DrawDone", seed);

    [RequirePermission(InspectionSuitePermissions.Planning.Draw)]
    public Task<IActionResult> OnPostAdjustAsync(string unitCode, AdjustmentKind kind, string reason, string concurrencyStamp, CancellationToken ct)
        => RunAsync(() => plans.AddAdjustmentAsync(Id, new AddPlanAdjustmentDto(unitCode ?? "", kind, reason ?? "", concurrencyStamp), ct), "Planning.Adjusted", unitCode);

    [RequirePermission(InspectionSuitePermissions.Planning.Draw)]
    public Task<IActionResult> OnPostRemoveAdjustmentAsync(Guid adjustmentId, string concurrencyStamp, CancellationToken ct)
        => RunAsync(() => plans.RemoveAdjustmentAsync(Id, adjustmentId, new PlanCommandDto(concurrencyStamp), ct), "Planning.AdjustmentRemoved");

    [RequirePermission(InspectionSuitePermissions.Planning.Draw)]
    public async Task<IActionResult> OnPostStateAuditAsync(IFormFile? csv, string concurrencyStamp, CancellationToken ct)
    {
        if (csv is null || csv.Length == 0 || csv.Length > InspectionSuite.Csv.CsvLimits.MaxBytes)
        {
            TempData["PlanError"] = l["Planning.StateAuditNoFile"];
            return RedirectToPage(new { Id });
        }
        var text = await InspectionSuite.Csv.CsvLimits.ReadTextAsync(csv.OpenReadStream(), ct) ?? "";
        try
        {
            var result = await plans.ImportStateAuditCsvAsync(Id, text, concurrencyStamp, ct);
            if (result.Succeeded) TempData["Success"] = l["Planning.StateAuditImported", result.Excluded];
            else TempData["PlanError"] = l[PlanningErrorCodes.StateAuditCsvInvalid, LineErrors(result.Errors, result.MoreErrors)];
        }
        catch (BusinessException ex) { TempData["PlanError"] = PlanPageErrors.Describe(l, ex); }
        return RedirectToPage(new { Id });
    }

    [RequirePermission(InspectionSuitePermissions.Planning.Draw)]
    public Task<IActionResult> OnPostRiskScoreAsync(string unitCode, int score, string concurrencyStamp, CancellationToken ct)
        => RunAsync(() => plans.SetRiskScoreAsync(Id, new SetPlanRiskScoreDto(unitCode ?? "", score, concurrencyStamp), ct), "Planning.RiskSet", unitCode);

    /// <summary>Risk scores from a CSV (UnitCode,RiskScore): all or nothing, every bad line named.</summary>
    [RequirePermission(InspectionSuitePermissions.Planning.Draw)]
    public async Task<IActionResult> OnPostRiskCsvAsync(IFormFile? csv, string concurrencyStamp, CancellationToken ct)
    {
        if (csv is null || csv.Length == 0 || csv.Length > InspectionSuite.Csv.CsvLimits.MaxBytes)
        {
            TempData["PlanError"] = l["Planning.RiskNoFile"];
            return RedirectToPage(new { Id });
        }
        var text = await InspectionSuite.Csv.CsvLimits.ReadTextAsync(csv.OpenReadStream(), ct) ?? "";
        try
        {
            var result = await plans.ImportRiskScoresCsvAsync(Id, text, concurrencyStamp, ct);
            if (result.Succeeded) TempData["Success"] = l["Planning.RiskImported", result.Imported];
            else TempData["PlanError"] = l["Planning.RiskCsvInvalid", LineErrors(result.Errors, result.MoreErrors)];
        }
        catch (BusinessException ex) { TempData["PlanError"] = PlanPageErrors.Describe(l, ex); }
        return RedirectToPage(new { Id });
    }

    /// <summary>The listed line errors of an import, then how many more there were.</summary>
    private string LineErrors(IReadOnlyList<PlanImportLineError> errors, int more)
        => string.Join("; ", errors.Select(e => l["Planning.Line", e.Line] + ": " + e.Reason)) + (more > 0 ? " " + l["Csv.MoreErrors", more] : "");

    /// <summary>Thanh tra tỉnh's list: adds an inspection; a bad field names its label, nothing is added.</summary>
    [RequirePermission(InspectionSuitePermissions.Planning.Draw)]
    public async Task<IActionResult> OnPostAddItemAsync(string? unitCode, string? subject, string? legalBasis, PlanItemOrigin origin, int? plannedMonth, int? plannedQuarter,
        string concurrencyStamp, CancellationToken ct)
    {
        try
        {
            await plans.AddListItemAsync(Id, new AddPlanListItemDto(unitCode ?? "", subject ?? "", legalBasis ?? "", origin, plannedMonth, plannedQuarter, concurrencyStamp), ct);
            TempData["Success"] = l["PlanList.Added", unitCode?.Trim()];
        }
        catch (InputValidationException ex)
        {
            var fields = ex.Errors.Keys.Select(ListFieldLabel).Where(f => f is not null).Distinct().ToList();
            TempData["PlanError"] = l["PlanList.Invalid", fields.Count > 0 ? string.Join(", ", fields) : l["PlanList.InvalidFields"]];
        }
        catch (BusinessException ex) { TempData["PlanError"] = PlanPageErrors.Describe(l, ex); }
        return RedirectToPage(new { Id });
    }

    [RequirePermission(InspectionSuitePermissions.Planning.Draw)]
    public Task<IActionResult> OnPostRemoveItemAsync(Guid itemId, string concurrencyStamp, CancellationToken ct)
        => RunAsync(() => plans.RemoveListItemAsync(Id, itemId, new PlanCommandDto(concurrencyStamp), ct), "PlanList.Removed");

    /// <summary>The form label of a list item's field named in a validation error (the DTO's property name).</summary>
    private string? ListFieldLabel(string field) => field.ToLowerInvariant() switch
    {
        "unitcode" => l["PlanList.UnitCode"],
        "subject" => l["PlanList.Subject"],
        "legalbasis" => l["PlanList.LegalBasis"],
        "plannedmonth" => l["PlanList.Month"],
        "plannedquarter" => l["PlanList.Quarter"],
        "origin" => l["PlanList.Origin"],
        _ => null,
    };

    /// <summary>"Tháng 3", "Quý 2" or "Chưa xác định": the planned period of an item in the page's language.</summary>
    public string PeriodText(PlanItemDto i)
        => PlanItemSchedule.Text(l, i.PlannedMonth, i.PlannedQuarter) is { Length: > 0 } text ? text : l["PlanList.NoPeriod"];

    /// <summary>One unit's planned start: a month or a quarter of the plan year, or none (issue 18); the API's POST /api/plans/{id}/schedule.</summary>
    [RequirePermission(InspectionSuitePermissions.Planning.Draw)]
    public async Task<IActionResult> OnPostScheduleAsync(string unitCode, string? period, string concurrencyStamp, CancellationToken ct)
    {
        if (!PlanItemSchedule.TryParse(period, out var month, out var quarter)) TempData["PlanError"] = l["Planning.Schedule.Invalid", unitCode];
        else
        {
            try
            {
                await plans.ScheduleItemAsync(Id, new SchedulePlanItemDto(unitCode ?? "", month, quarter, concurrencyStamp ?? ""), ct);
                var text = PlanItemSchedule.Text(l, month, quarter);
                TempData["Success"] = text == "" ? l["Planning.Schedule.Cleared", unitCode] : l["Planning.Schedule.Saved", unitCode, text];
            }
            catch (BusinessException ex) { TempData["PlanError"] = PlanPageErrors.Describe(l, ex); }
        }
        return RedirectToPage(new { Id, Stratum, Reason, Selected, Q });
    }

    [RequirePermission(InspectionSuitePermissions.Planning.Approve)]
    public Task<IActionResult> OnPostApproveAsync(string concurrencyStamp, CancellationToken ct)
        => RunAsync(() => plans.ApproveAsync(Id, new PlanCommandDto(concurrencyStamp), ct), "Planning.Approved");

    [RequirePermission(InspectionSuitePermissions.Planning.Draw)]
    public Task<IActionResult> OnPostTopUpAsync(string seed, int? departmentCount, int? localCount, string? note, string concurrencyStamp, CancellationToken ct)
        => RunAsync(() => plans.TopUpAsync(Id, new TopUpPlanDto(seed ?? "", departmentCount, localCount, note, concurrencyStamp), ct), "Planning.ToppedUp", seed);

    [RequirePermission(InspectionSuitePermissions.Planning.Draw)]
    public Task<IActionResult> OnPostCompleteAsync(string unitCode, DateOnly completedOn, string concurrencyStamp, CancellationToken ct)
        => RunAsync(() => plans.MarkItemCompletedAsync(Id, new MarkItemCompletedDto(unitCode ?? "", completedOn, concurrencyStamp), ct), "Planning.Completed", unitCode);

    [RequirePermission(InspectionSuitePermissions.Planning.Approve)]
    public Task<IActionResult> OnPostCloseAsync(string concurrencyStamp, CancellationToken ct)
        => RunAsync(() => plans.CloseAsync(Id, new PlanCommandDto(concurrencyStamp), ct), "Planning.Closed");

    private async Task<IActionResult> RunAsync(Func<Task<AnnualPlanDto>> command, string successKey, string? arg = null)
    {
        try
        {
            await command();
            TempData["Success"] = l[successKey, arg];
        }
        catch (BusinessException ex)
        {
            TempData["PlanError"] = PlanPageErrors.Describe(l, ex);
        }
        return RedirectToPage(new { Id, Stratum, Reason, Selected, Q });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Plan = await plans.GetAsync(Id, ct);
        CanDraw = await permissions.IsGrantedAsync(InspectionSuitePermissions.Planning.Draw, ct);
        CanApprove = await permissions.IsGrantedAsync(InspectionSuitePermissions.Planning.Approve, ct);
        var page = Math.Max(1, PageNumber);
        var reason = ReasonCodes.Contains(Reason) ? Reason : null;
        Items = await plans.GetItemsAsync(Id, new GetPlanItemListInput
        {
            Stratum = Stratum, Reason = reason, Selected = Selected, Filter = Q, Sorting = Plan.Mode == PlanMode.List ? "added" : "selected",
            SkipCount = (page - 1) * PageSize, MaxResultCount = PageSize,
        }, ct);
        Pager = new Pager(Request, page, PageSize, Items.TotalCount);
        // No coverage gauge for Thanh tra tỉnh's list: the 20% is Sở Nội vụ's.
        if (Plan.Status != PlanStatus.Draft && Plan.Mode == PlanMode.Draw) Coverage = await plans.GetCoverageAsync(Id, ct);
        if (Plan.Seed is not null) Overlaps = await plans.GetOverlapsAsync(Id, ct);
    }

    /// <summary>Percent (0–100) for progress bars, invariant so CSS reads it.</summary>
    public static string Pct(decimal rate) => Math.Clamp(Math.Round(rate * 100m, 1), 0m, 100m).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A percentage for people, in the page's language: "20,0" in Vietnamese, "20.0" in English (Pct stays invariant for CSS).</summary>
    public static string PctText(decimal rate) => Math.Clamp(Math.Round(rate * 100m, 1), 0m, 100m).ToString("0.0", System.Globalization.CultureInfo.CurrentCulture);
}
