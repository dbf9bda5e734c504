namespace InspectionSuite.Planning;

public sealed record CreateAnnualPlanDto(AuthorityCode Authority, int Year, decimal Rate = 0.2m, int CooldownYears = 1, DateOnly? AsOf = null);
