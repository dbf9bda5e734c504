namespace InspectionSuite.Cases;

public sealed record GetUnitCaseWorkInput : PagedAndSortedInput;
