namespace InspectionSuite.Organization;

/// <summary>
/// A unit in the register (department, commune, ward, special zone). Validity bounds the years it belongs
/// to the sampling universe; <see cref="Predecessors"/> record merges and splits.
/// </summary>
public sealed class Unit : AuditedAggregateRoot<Guid>
{
    private readonly List<UnitSuccession> _predecessors = [];

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public UnitKind Kind { get; private set; }
    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    /// <summary>Demo rows are replaced wholesale by a real register import.</summary>
    public bool IsDemo { get; private set; }
    public IReadOnlyList<UnitSuccession> Predecessors => _predecessors;

    public Stratum Stratum => Kind.ToStratum();

    private Unit() { }

    public Unit(Guid id, string code, string name, UnitKind kind, DateOnly? validFrom = null, DateOnly? validTo = null, bool isDemo = false)
    {
        Id = id;
        Code = Check.NotEmpty(code, nameof(code), UnitConsts.MaxCodeLength).Trim();
        Rename(name);
        Kind = kind;
        SetValidity(validFrom, validTo);
        IsDemo = isDemo;
    }

    public void Rename(string name) => Name = Check.NotEmpty(name, nameof(name), UnitConsts.MaxNameLength).Trim();

    public void ChangeKind(UnitKind kind) => Kind = kind;

    public void SetValidity(DateOnly? validFrom, DateOnly? validTo)
    {
        if (validFrom is { } f && validTo is { } t && f > t)
            throw new BusinessException(InspectionSuiteErrorCodes.UnitValidityInvalid, Code);
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>A real register import took this row over: it is no longer demo data and is visible again.</summary>
    public void AdoptFromImport(string name, UnitKind kind, DateOnly? validFrom, DateOnly? validTo)
    {
        Rename(name);
        Kind = kind;
        SetValidity(validFrom, validTo);
        IsDemo = false;
        IsDeleted = false;
        DeletionTime = null;
        DeleterId = null;
    }

    /// <summary>
    /// Takes the unit out of the register after <paramref name="lastDay"/>: it leaves the universes and draws of later
    /// days, while its cases, plans and history stay (a soft end of validity, not a deletion).
    /// </summary>
    public void Retire(DateOnly lastDay)
    {
        if (ValidTo is { } end && end <= lastDay)
            throw new BusinessException(InspectionSuiteErrorCodes.UnitAlreadyRetired, Code, end.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        SetValidity(ValidFrom, lastDay);
    }

    public bool IsValidOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || ValidTo >= date);

    /// <summary>Records that this unit continues <paramref name="predecessor"/> (merge or split), ending the predecessor's validity.</summary>
    public void AddPredecessor(Unit predecessor, DateOnly effective)
    {
        if (predecessor.Id == Id) throw new BusinessException(InspectionSuiteErrorCodes.UnitPredecessorUnknown, Code);
        if (_predecessors.Any(p => p.PredecessorId == predecessor.Id)) return;
        _predecessors.Add(new UnitSuccession(predecessor.Id, Id, effective));
        if (predecessor.ValidTo is null || predecessor.ValidTo >= effective)
            predecessor.SetValidity(predecessor.ValidFrom, effective.AddDays(-1) < predecessor.ValidFrom ? predecessor.ValidFrom : effective.AddDays(-1));
    }
}
