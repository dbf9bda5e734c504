namespace InspectionSuite.Cases;

public sealed record DiaryEntryDto(Guid Id, DateOnly Date, Guid? AuthorId, string Text);
