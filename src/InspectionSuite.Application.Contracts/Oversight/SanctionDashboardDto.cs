namespace InspectionSuite.Oversight;

public sealed record SanctionDashboardDto(
    int Year, AuthorityCode? Authority, int CasesConcluded, int Sanctions, decimal AmountDecidedVnd, decimal AmountRecoveredVnd,
    IReadOnlyList<SanctionTypeFigureDto> ByType, IReadOnlyList<AuthorityFigureDto> ByAuthority, IReadOnlyList<UnitFigureDto> ByUnit,
    ImplementationFigureDto Implementation, IReadOnlyList<QuarterFigureDto> ByQuarter, IReadOnlyList<CoverageFigureDto> Coverage,
    IReadOnlyList<int> Years);
