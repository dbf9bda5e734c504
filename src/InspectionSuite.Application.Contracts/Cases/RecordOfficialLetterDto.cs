namespace InspectionSuite.Cases;

/// <summary>Văn bản kiến nghị (Điều 52) or the Chủ tịch UBND tỉnh's direction (Điều 53).</summary>
public sealed record RecordOfficialLetterDto(string Number, DateOnly Date, string Text, string ConcurrencyStamp);
