using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>
/// A supervisor opens a case by hand (not only through a plan item): kind, authority, unit, subject, scope, period and
/// legal basis, planned (theo kế hoạch, optionally from a plan item not yet opened) or đột xuất with its reason. The service validates and starts the workflow; a refusal comes back on the form with what was typed.
/// </summary>
[Authorize(P.Create)]
public sealed class NewModel(ICaseAppService cases, IUnitAppService units, InspectionSuiteLocalizer l) : PageModel
{
    [BindProperty] public CaseForm Input { get; set; } = new();
    /// <summary>Units to pick from (code — name), for the datalist of the unit field.</summary>
    public IReadOnlyList<UnitDto> Units { get; private set; } = [];
    /// <summary>The plan items a case may be opened from (units of the draft or approved plans without a case yet), by authority.</summary>
    public IReadOnlyList<OpenablePlanItemDto> PlanItems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            // Opened from a plan item with the unit left empty: the item's unit (the service checks a typed one against the item).
            if (string.IsNullOrWhiteSpace(Input.UnitCode) && Input.PlanItemId is { } itemId)
                Input.UnitCode = (await cases.GetOpenablePlanItemsAsync(ct)).FirstOrDefault(i => i.PlanItemId == itemId)?.UnitCode;
            var unitId = await UnitIdAsync(Input.UnitCode, ct);
            if (unitId is null) throw new InputValidationException("UnitCode", "CaseNew.UnitUnknown");
            var created = await cases.CreateAsync(new CreateCaseDto(Input.Kind, Input.Authority, unitId.Value, Input.Subject?.Trim() ?? "",
                Blank(Input.Scope), Blank(Input.LegalBasis), Input.PeriodFrom, Input.PeriodTo, Input.PlanItemId,
                Input.Unannounced, Input.Unannounced ? Blank(Input.UnannouncedReason) : null)
            {
                // Thanh tra trách nhiệm người đứng đầu: the head named with their position (the service refuses one without the other).
                AccountableHead = Blank(Input.AccountableHeadName) is null && Blank(Input.AccountableHeadPosition) is null ? null
                    : new AccountableHeadDto(Blank(Input.AccountableHeadName), Blank(Input.AccountableHeadPosition)),
                PlannedOnSiteStart = Input.PlannedOnSiteStart,
                PlannedOnSiteEnd = Input.PlannedOnSiteEnd,
            }, ct);
            TempData["Success"] = l["CaseNew.Created", created.Code];
            return RedirectToPage("/Cases/Detail", new { id = created.Id });
        }
        catch (InputValidationException e) { ModelState.AddErrors(e, nameof(Input), l); }
        catch (BusinessException e) when (e is not (ForbiddenException or EntityNotFoundException)) { ModelState.AddModelError(nameof(Input), l.Error(e)); }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    private async Task<Guid?> UnitIdAsync(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        code = code.Split('—')[0].Trim();
        var found = await units.GetListAsync(new GetUnitListInput { Filter = code, MaxResultCount = 50 }, ct);
        return found.Items.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase))?.Id;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = (await units.GetListAsync(new GetUnitListInput { MaxResultCount = PagedAndSortedInput.MaxPageSize }, ct)).Items;
        PlanItems = await cases.GetOpenablePlanItemsAsync(ct);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public sealed class CaseForm
    {
        public CaseKind Kind { get; set; } = CaseKind.Inspection;
        public AuthorityCode Authority { get; set; } = AuthorityCode.ThanhTra;
        public string? UnitCode { get; set; }
        public string? Subject { get; set; }
        public string? AccountableHeadName { get; set; }
        public string? AccountableHeadPosition { get; set; }
        public string? Scope { get; set; }
        public string? LegalBasis { get; set; }
        public DateOnly? PeriodFrom { get; set; }
        public DateOnly? PeriodTo { get; set; }
        /// <summary>Ngày dự kiến bắt đầu/kết thúc làm việc tại đơn vị (optional), printed by the decision.</summary>
        public DateOnly? PlannedOnSiteStart { get; set; }
        public DateOnly? PlannedOnSiteEnd { get; set; }
        /// <summary>Đột xuất (unannounced / ad hoc) rather than theo kế hoạch; then <see cref="UnannouncedReason"/> is required.</summary>
        public bool Unannounced { get; set; }
        public string? UnannouncedReason { get; set; }
        /// <summary>The plan item the case implements (optional; theo kế hoạch only).</summary>
        public Guid? PlanItemId { get; set; }
    }
}
