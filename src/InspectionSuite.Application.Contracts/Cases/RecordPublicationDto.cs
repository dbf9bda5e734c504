namespace InspectionSuite.Cases;

public sealed record RecordPublicationDto(string Channel, DateOnly From, DateOnly To, string ConcurrencyStamp);
