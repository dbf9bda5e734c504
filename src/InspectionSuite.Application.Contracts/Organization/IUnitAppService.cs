namespace InspectionSuite.Organization;

public interface IUnitAppService
{
    Task<PagedResultDto<UnitDto>> GetListAsync(GetUnitListInput input, CancellationToken ct = default);
    Task<UnitDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<UnitDto> UpdateAsync(Guid id, UpdateUnitDto input, CancellationToken ct = default);
    /// <summary>Adds a unit to the register (a code not yet used, deleted units included). Needs Units.Manage.</summary>
    Task<UnitDto> CreateAsync(CreateUnitDto input, CancellationToken ct = default);
    /// <summary>Ends the unit's validity (soft retirement: history kept, later draws leave it out). Needs Units.Manage.</summary>
    Task<UnitDto> RetireAsync(Guid id, RetireUnitDto input, CancellationToken ct = default);
    Task DeleteAsync(Guid id, CancellationToken ct = default);
    /// <summary>Imports a register CSV; a single bad row rejects the whole file.</summary>
    Task<UnitImportResultDto> ImportCsvAsync(string csvText, CancellationToken ct = default);
    Task<IReadOnlyList<AuthorityDto>> GetAuthoritiesAsync(CancellationToken ct = default);
    /// <summary>Records the successor of each predecessor (their validity ends the day before). Needs Units.Manage.</summary>
    Task<UnitDto> MergeAsync(MergeUnitsDto input, CancellationToken ct = default);
    /// <summary>Records each successor of the split unit (its validity ends the day before). Needs Units.Manage.</summary>
    Task<IReadOnlyList<UnitDto>> SplitAsync(SplitUnitDto input, CancellationToken ct = default);
}
