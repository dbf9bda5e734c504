using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Cases;

/// <summary>The checklist of criteria; recording a criterion as not met proposes a finding for the team to confirm.</summary>
public sealed class ChecklistAppService(CaseAccess access, IUnitOfWork uow, CaseMapper map) : IChecklistAppService
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public IReadOnlyList<CheckCriterionDto> GetCatalogue()
        => CheckCriteriaCatalogue.All.Select(c => new CheckCriterionDto(c.Code, English ? c.NameEn : c.NameVi, English ? c.TargetEn : c.TargetVi, c.Source)).ToList();

    /// <summary>The team's checklist; none for the unit's representative (the team's working paper).</summary>
    public async Task<IReadOnlyList<ChecklistItemDto>> GetListAsync(Guid caseId, CancellationToken ct = default)
    {
        var @case = await access.GetAsync(caseId, P.Default, ct);
        return ListOf(@case, await access.IsUnitRepresentativeAsync(ct), map);
    }

    /// <summary>The checklist of a case already loaded and checked visible; none for the unit's representative.</summary>
    internal static IReadOnlyList<ChecklistItemDto> ListOf(InspectionCase @case, bool unitView, CaseMapper map)
        => unitView ? [] : @case.Checklist.OrderBy(i => i.CriterionCode, StringComparer.Ordinal).Select(map.ToDto).ToList();

    public async Task<IReadOnlyList<ChecklistItemDto>> AddCatalogueCriteriaAsync(Guid caseId, AddCatalogueCriteriaDto input, CancellationToken ct = default)
    {
        var @case = await access.AddToCaseAsync(caseId, P.RecordFindings, c =>
        {
            if (c.State is not (CaseStates.Announced or CaseStates.OnSite)) throw new BusinessException(CaseErrorCodes.WrongState, c.State, "Announced, OnSite");
            c.AddCatalogueCriteria(CheckCriteriaCatalogue.All, English);
            return c;
        }, ct);
        return @case.Checklist.OrderBy(i => i.CriterionCode, StringComparer.Ordinal).Select(map.ToDto).ToList();
    }

    public async Task<ChecklistItemDto> AddItemAsync(Guid caseId, AddChecklistItemDto input, CancellationToken ct = default)
    {
        var known = CheckCriteriaCatalogue.Find(input.CriterionCode ?? "");
        var title = input.Title ?? (known is null ? null : English ? known.NameEn : known.NameVi);
        if (string.IsNullOrWhiteSpace(title)) throw new BusinessException(CaseErrorCodes.CriterionUnknown, input.CriterionCode);
        var item = await access.AddToCaseAsync(caseId, P.RecordFindings,
            c => c.AddChecklistItem(known?.Code ?? input.CriterionCode ?? "", title, input.Target ?? (known is null ? null : English ? known.TargetEn : known.TargetVi)), ct);
        return map.ToDto(item);
    }

    public async Task<ChecklistResultDto> RecordResultAsync(Guid caseId, Guid itemId, RecordChecklistResultDto input, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(input.Result)) throw new InputValidationException("Result", "Validation.Invalid");
        if (input.ItemStamp is null)
        {
            // Without the item's stamp the caller can only be checked against the whole case's stamp (the former contract).
            var whole = await access.GetForUpdateAsync(caseId, P.RecordFindings, Stamp(input.ConcurrencyStamp), ct);
            var proposed = whole.RecordChecklistResult(itemId, input.Result, input.MeasuredValue, input.Note);
            await uow.SaveChangesAsync(ct);
            return new ChecklistResultDto(map.ToDto(whole.Checklist.First(i => i.Id == itemId)), proposed is null ? null : map.ToDto(proposed), whole.ConcurrencyStamp);
        }
        // Results on other items, and other additions, are no conflict; a result recorded on this item since the caller read it is.
        var (@case, finding) = await access.AddToCaseAsync(caseId, P.RecordFindings, c =>
        {
            var current = c.Checklist.FirstOrDefault(i => i.Id == itemId) ?? throw new EntityNotFoundException(nameof(ChecklistItem), itemId);
            if (current.Stamp != input.ItemStamp) throw new ConflictException(CaseErrorCodes.PartChangedMeanwhile, current.CriterionCode);
            return (c, c.RecordChecklistResult(itemId, input.Result, input.MeasuredValue, input.Note));
        }, ct);
        var item = @case.Checklist.First(i => i.Id == itemId);
        return new ChecklistResultDto(map.ToDto(item), finding is null ? null : map.ToDto(finding), @case.ConcurrencyStamp);
    }

    internal static string Stamp(string? stamp)
        => string.IsNullOrEmpty(stamp) ? throw new InputValidationException("ConcurrencyStamp", "Validation.Required") : stamp;
}
