namespace InspectionSuite.Web.Pages.Admin;

/// <summary>Records unit merges (many → one) and splits (one → many); predecessors' validity ends the day before.</summary>
[Authorize(InspectionSuitePermissions.Units.Manage)]
public sealed class UnitSuccessionModel(IUnitAppService units, InspectionSuiteLocalizer l) : PageModel
{
    public IReadOnlyList<UnitDto> Units { get; private set; } = [];
    public IReadOnlyList<UnitDto> WithPredecessors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostMergeAsync(List<Guid>? predecessorIds, Guid successorId, DateOnly? effective, CancellationToken ct)
    {
        if (effective is null) return await InvalidAsync("effective", ct);
        var unit = await units.MergeAsync(new MergeUnitsDto(predecessorIds ?? [], successorId, effective.Value), ct);
        TempData["Success"] = l["Ov.Succession.Merged", unit.Code, string.Join(", ", unit.PredecessorCodes)];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSplitAsync(Guid predecessorId, List<Guid>? successorIds, DateOnly? effective, CancellationToken ct)
    {
        if (effective is null) return await InvalidAsync("effective", ct);
        var result = await units.SplitAsync(new SplitUnitDto(predecessorId, successorIds ?? [], effective.Value), ct);
        TempData["Success"] = l["Ov.Succession.Split", string.Join(", ", result.Select(u => u.Code))];
        return RedirectToPage();
    }

    private async Task<IActionResult> InvalidAsync(string field, CancellationToken ct)
    {
        ModelState.AddModelError(field, l["Validation.Required"]);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = (await units.GetListAsync(new GetUnitListInput { MaxResultCount = PagedAndSortedInput.MaxPageSize, Sorting = "code" }, ct)).Items;
        WithPredecessors = Units.Where(u => u.PredecessorCodes.Count > 0).ToList();
    }
}
