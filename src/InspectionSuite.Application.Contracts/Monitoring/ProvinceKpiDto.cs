namespace InspectionSuite.Monitoring;

/// <summary>
/// The province for one period: per indicator the summed figures and result; the units counted as reported (a current,
/// not returned, report), on time, late, missing, returned; and the list of units whose report is late, missing or returned.
/// </summary>
public sealed record ProvinceKpiDto(
    string Period, DateOnly DueOn, int UnitsTotal, int UnitsReported, int UnitsOnTime, int UnitsLate, int UnitsMissing, int UnitsReturned,
    IReadOnlyList<ProvinceIndicatorDto> Indicators, IReadOnlyList<UnitStandingDto> NotOnTime);
