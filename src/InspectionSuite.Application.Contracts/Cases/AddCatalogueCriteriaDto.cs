namespace InspectionSuite.Cases;

public sealed record AddCatalogueCriteriaDto(string ConcurrencyStamp);
