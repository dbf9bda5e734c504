namespace InspectionSuite.Cases;

public sealed record RecordWorkPlanDto(string Text, string ConcurrencyStamp);
