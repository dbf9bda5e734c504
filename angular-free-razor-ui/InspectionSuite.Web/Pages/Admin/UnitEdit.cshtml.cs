namespace InspectionSuite.Web.Pages.Admin;

/// <summary>
/// Adds a unit to the register, edits it, or retires it (its validity ends: later draws leave it out, its history stays).
/// The rules are the CSV import's (UnitRegisterRules through the app service); on any error nothing is saved and the form
/// comes back with what was typed.
/// </summary>
[Authorize(InspectionSuitePermissions.Units.Manage)]
public sealed class UnitEditModel(IUnitAppService units, InspectionSuiteLocalizer l, TimeProvider time) : PageModel
{
    public sealed class UnitInput
    {
        // Nullable: the app service's validator reports missing fields with localized messages.
        public string? Code { get; set; }
        public string? Name { get; set; }
        public UnitKind Kind { get; set; } = UnitKind.Commune;
        public DateOnly? ValidFrom { get; set; }
        public DateOnly? ValidTo { get; set; }
        public string? ConcurrencyStamp { get; set; }
    }

    /// <summary>The unit edited; empty when adding one.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public UnitInput Input { get; set; } = new();
    [BindProperty] public DateOnly? LastDay { get; set; }

    public UnitDto? Unit { get; private set; }
    public bool IsNew => Id is null;
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Unit is { } u)
            Input = new UnitInput { Code = u.Code, Name = u.Name, Kind = u.Kind, ValidFrom = u.ValidFrom, ValidTo = u.ValidTo, ConcurrencyStamp = u.ConcurrencyStamp };
        LastDay = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var saved = Id is { } id
                ? await units.UpdateAsync(id, new UpdateUnitDto(Input.Name ?? "", Input.Kind, Input.ValidFrom, Input.ValidTo, Input.ConcurrencyStamp ?? ""), ct)
                : await units.CreateAsync(new CreateUnitDto(Input.Code ?? "", Input.Name ?? "", Input.Kind, Input.ValidFrom, Input.ValidTo), ct);
            TempData["Success"] = l[IsNew ? "Admin.Unit.Created" : "Admin.Unit.Saved", saved.Code];
            return RedirectToPage("/Admin/Units", new { q = saved.Code });
        }
        catch (InputValidationException e) { ModelState.AddErrors(e, nameof(Input), l); }
        catch (BusinessException e) when (e is not (ForbiddenException or EntityNotFoundException))
        {
            ModelState.AddModelError(e.Code == InspectionSuiteErrorCodes.UnitCodeDuplicate ? "Input.Code" : "", l.Error(e));
        }
        return await RefusedAsync(ct);
    }

    public async Task<IActionResult> OnPostRetireAsync(CancellationToken ct)
    {
        if (Id is not { } id) return NotFound();
        try
        {
            var retired = await units.RetireAsync(id, new RetireUnitDto(LastDay, Input.ConcurrencyStamp ?? ""), ct);
            TempData["Success"] = l["Admin.Unit.Retired", retired.Code, VietnamTime.DateText(retired.ValidTo)];
            return RedirectToPage("/Admin/Units", new { q = retired.Code });
        }
        catch (InputValidationException e) { ModelState.AddErrors(e, nameof(LastDay), l); }
        catch (BusinessException e) when (e is not (ForbiddenException or EntityNotFoundException)) { ModelState.AddModelError(nameof(LastDay), l.Error(e)); }
        return await RefusedAsync(ct);
    }

    private async Task<IActionResult> RefusedAsync(CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        if (Unit is { } u) Input.Code = u.Code; // the code of a registered unit does not change
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(time);
        if (Id is { } id) Unit = await units.GetAsync(id, ct);
    }
}
