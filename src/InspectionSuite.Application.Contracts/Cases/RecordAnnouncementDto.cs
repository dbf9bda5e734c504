namespace InspectionSuite.Cases;

public sealed record RecordAnnouncementDto(DateOnly Date, string ConcurrencyStamp);
