namespace InspectionSuite.Cases;

// ---------------------------------------------------------------- checklist

public sealed record CheckCriterionDto(string Code, string Name, string Target, string Source);
