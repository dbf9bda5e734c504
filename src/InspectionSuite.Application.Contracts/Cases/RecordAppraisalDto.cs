namespace InspectionSuite.Cases;

public sealed record RecordAppraisalDto(DateOnly Date, string By, string Opinion, string ConcurrencyStamp);
