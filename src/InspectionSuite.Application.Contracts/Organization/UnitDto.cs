namespace InspectionSuite.Organization;

public sealed record UnitDto(
    Guid Id, string Code, string Name, UnitKind Kind, Stratum Stratum, DateOnly? ValidFrom, DateOnly? ValidTo,
    bool IsDemo, IReadOnlyList<string> PredecessorCodes, string ConcurrencyStamp, bool IsDeleted = false);
