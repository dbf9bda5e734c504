namespace InspectionSuite.Organization;

public sealed record UnitDto(
    Guid Id, string Code, string Name, UnitKind Kind, Stratum Stratum, DateOnly? ValidFrom, DateOnly? ValidTo,
    bool IsDemo, IReadOnlyList<string> PredecessorCodes, string ConcurrencyStamp, bool IsDeleted = false);

public sealed record GetUnitListInput : PagedAndSortedInput
{
    public string? Filter { get; init; }
    public UnitKind? Kind { get; init; }
    /// <summary>Only units valid on this date.</summary>
    public DateOnly? ValidOn { get; init; }
    /// <summary>Also list soft-deleted units (needs the ViewDeleted permission).</summary>
    public bool IncludeDeleted { get; init; }
}

public sealed record UpdateUnitDto(string Name, UnitKind Kind, DateOnly? ValidFrom, DateOnly? ValidTo, string ConcurrencyStamp);

/// <summary>A unit added through the register form or <c>POST /api/units</c> (the same rules as a CSV line).</summary>
public sealed record CreateUnitDto(string Code, string Name, UnitKind Kind, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>Retires a unit: its last valid day (today in Vietnam when empty).</summary>
public sealed record RetireUnitDto(DateOnly? LastDay, string ConcurrencyStamp);

public sealed record UnitImportLineError(int Line, string Reason);

/// <summary>Import outcome: either counts of what changed, or the line errors (and nothing changed).</summary>
public sealed record UnitImportResultDto(bool Succeeded, int Created, int Updated, int DemoRowsRemoved, IReadOnlyList<UnitImportLineError> Errors)
{
    /// <summary>Errors beyond the first CsvLimits.MaxReportedErrors, not listed.</summary>
    public int MoreErrors { get; init; }
}

/// <summary>Several units merge into <see cref="SuccessorId"/> (which may be one of them continuing) from <see cref="Effective"/>.</summary>
public sealed record MergeUnitsDto(IReadOnlyList<Guid> PredecessorIds, Guid SuccessorId, DateOnly Effective);

/// <summary>One unit splits into several existing successor units from <see cref="Effective"/>.</summary>
public sealed record SplitUnitDto(Guid PredecessorId, IReadOnlyList<Guid> SuccessorIds, DateOnly Effective);

public sealed record AuthorityDto(Guid Id, AuthorityCode Code, string Name);

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
